using System.Collections.Generic;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Checks;

/// <summary>Child element orders of real 9.2 exports (solution-format 2.1, 4, 6, 9; reference/*.xml).</summary>
public static class ExportOrder
{
    public static readonly IReadOnlyList<string> SolutionManifest =
        ["UniqueName", "LocalizedNames", "Descriptions", "Version", "Managed", "Publisher", "RootComponents", "MissingDependencies"];

    public static readonly IReadOnlyList<string> Publisher =
    [
        "UniqueName", "LocalizedNames", "Descriptions", "EMailAddress", "SupportingWebsiteUrl", "CustomizationPrefix",
        "CustomizationOptionValuePrefix", "Addresses",
    ];

    public static readonly IReadOnlyList<string> Entity = ["Name", "ObjectTypeCode", "EntityInfo", "FormXml", "SavedQueries", "Visualizations", "RibbonDiffXml"];

    /// <summary>The elements every attribute starts with; type-specific ones follow, then displaynames and Descriptions.</summary>
    public static readonly IReadOnlyList<string> AttributeCommon =
    [
        "Type", "Name", "LogicalName", "RequiredLevel", "DisplayMask", "ImeMode", "ValidForUpdateApi", "ValidForReadApi",
        "ValidForCreateApi", "IsCustomField", "IsAuditEnabled", "IsLogical", "IsSecured", "IntroducedVersion", "IsCustomizable",
        "IsRenameable", "CanModifySearchSettings", "CanModifyRequirementLevelSettings", "CanModifyAdditionalSettings", "SourceType",
        "IsGlobalFilterEnabled", "IsSortableEnabled", "CanModifyGlobalFilterSettings", "CanModifyIsSortableSettings",
        "IsDataSourceSecret", "AutoNumberFormat", "IsSearchable", "IsFilterable", "IsRetrievable", "IsLocalizable",
    ];

    public static readonly IReadOnlyList<string> EntityRelationship =
    [
        "EntityRelationshipType", "IsCustomizable", "IntroducedVersion", "IsHierarchical", "ReferencingEntityName",
        "ReferencedEntityName", "CascadeAssign", "CascadeDelete", "CascadeArchive", "CascadeReparent", "CascadeShare",
        "CascadeUnshare", "CascadeRollupView", "IsValidForAdvancedFind", "ReferencingAttributeName", "RelationshipDescription",
        "EntityRelationshipRoles",
    ];

    public static readonly IReadOnlyList<string> PluginAssembly = ["IsolationMode", "SourceType", "IntroducedVersion", "FileName", "PluginTypes"];

    public static readonly IReadOnlyList<string> Step =
    [
        "SdkMessageId", "PluginTypeName", "PluginTypeId", "PrimaryEntity", "AsyncAutoDelete", "Configuration", "Description", "FilteringAttributes",
        "ImpersonatingUserIdName", "InvocationSource", "Mode", "Rank", "EventHandlerTypeCode", "Stage", "IsCustomizable",
        "IsHidden", "SupportedDeployment", "IntroducedVersion", "SdkMessageProcessingStepImages",
    ];

    public static readonly IReadOnlyList<string> StepImage =
        ["SdkMessageProcessingStepImageId", "Attributes", "EntityAlias", "ImageType", "MessagePropertyName", "IsCustomizable"];

    public static readonly IReadOnlyList<string> SavedQuery =
    [
        "IsCustomizable", "CanBeDeleted", "isquickfindquery", "isprivate", "isdefault", "savedqueryid", "layoutxml", "querytype",
        "fetchxml", "IntroducedVersion", "LocalizedNames", "Descriptions",
    ];

    public static readonly IReadOnlyList<string> Role = ["IsCustomizable", "IsAutoAssigned", "RolePrivileges"];

    public static IReadOnlyList<string> CustomizationsRoot => CustomizationsLayout.Sections;

    /// <summary>EntityInfo/entity of a custom table: labels, attributes, EntitySetName, then the flags.</summary>
    public static IReadOnlyList<string> EntityInfo => EntityWriter.EntityInfoOrder;
}
