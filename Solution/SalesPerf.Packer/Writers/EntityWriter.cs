using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// One <c>Entities/Entity</c> (solution-format 4.1). A custom table is written whole: Name, EntityInfo with every
/// exported attribute and the entity flags in export order, then the entity parts (forms, views, charts, ribbon).
/// A platform table the solution extends carries only its Name and the attributes the solution adds.
/// </summary>
public sealed class EntityWriter(IReadOnlyList<IEntityPartWriter> parts)
{
    // Flags after EntitySetName, in the order and with the values of a new custom table's export
    // (reference/entity-apollo_InvoiceLine.xml); OwnershipTypeMask and IntroducedVersion are filled per table.
    private static readonly (string Name, string Value)[] Flags =
    [
        ("IsDuplicateCheckSupported", "1"),
        ("IsBusinessProcessEnabled", "0"),
        ("IsRequiredOffline", "0"),
        ("IsInteractionCentricEnabled", "0"),
        ("IsCollaboration", "0"),
        ("AutoRouteToOwnerQueue", "0"),
        ("IsConnectionsEnabled", "0"),
        ("IsDocumentManagementEnabled", "0"),
        ("AutoCreateAccessTeams", "0"),
        ("IsOneNoteIntegrationEnabled", "0"),
        ("IsKnowledgeManagementEnabled", "0"),
        ("IsSLAEnabled", "0"),
        ("IsDocumentRecommendationsEnabled", "0"),
        ("IsBPFEntity", "0"),
        ("OwnershipTypeMask", "UserOwned"),
        ("IsAuditEnabled", "0"),
        ("IsRetrieveAuditEnabled", "0"),
        ("IsRetrieveMultipleAuditEnabled", "0"),
        ("IsActivity", "0"),
        ("ActivityTypeMask", ""),
        ("IsActivityParty", "0"),
        ("IsReplicated", "0"),
        ("IsReplicationUserFiltered", "0"),
        ("IsMailMergeEnabled", "1"),
        ("IsVisibleInMobile", "0"),
        ("IsVisibleInMobileClient", "0"),
        ("IsReadOnlyInMobileClient", "0"),
        ("IsOfflineInMobileClient", "1"),
        ("DaysSinceRecordLastModified", "0"),
        ("MobileOfflineFilters", ""),
        ("IsMapiGridEnabled", "1"),
        ("IsReadingPaneEnabled", "1"),
        ("IsQuickCreateEnabled", "0"),
        ("SyncToExternalSearchIndex", "0"),
        ("IntroducedVersion", "1.0"),
        ("IsCustomizable", "1"),
        ("IsRenameable", "1"),
        ("IsMappable", "1"),
        ("CanModifyAuditSettings", "1"),
        ("CanModifyMobileVisibility", "1"),
        ("CanModifyMobileClientVisibility", "1"),
        ("CanModifyMobileClientReadOnly", "1"),
        ("CanModifyMobileClientOffline", "1"),
        ("CanModifyConnectionSettings", "1"),
        ("CanModifyDuplicateDetectionSettings", "1"),
        ("CanModifyMailMergeSettings", "1"),
        ("CanModifyQueueSettings", "1"),
        ("CanCreateAttributes", "1"),
        ("CanCreateForms", "1"),
        ("CanCreateCharts", "1"),
        ("CanCreateViews", "1"),
        ("CanModifyAdditionalSettings", "1"),
        ("CanEnableSyncToExternalSearchIndex", "1"),
        ("EnforceStateTransitions", "0"),
        ("CanChangeHierarchicalRelationship", "1"),
        ("EntityHelpUrlEnabled", "0"),
        ("ChangeTrackingEnabled", "1"),
        ("CanChangeTrackingBeEnabled", "1"),
        ("IsEnabledForExternalChannels", "0"),
        ("IsMSTeamsIntegrationEnabled", "0"),
        ("IsSolutionAware", "0"),
    ];

    /// <summary>The children of a custom table's EntityInfo/entity in export order.</summary>
    public static IReadOnlyList<string> EntityInfoOrder { get; } =
        new[] { "LocalizedNames", "LocalizedCollectionNames", "Descriptions", "attributes", "EntitySetName" }
            .Concat(Flags.Select(f => f.Name)).ToList().AsReadOnly();

    public XElement WriteCustom(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        var schemaName = SchemaNames.Table(table);
        var entity = new XElement(
            "entity",
            new XAttribute("Name", schemaName),
            LabelXml.Collection("LocalizedNames", "LocalizedName", table.DisplayName),
            LabelXml.Collection("LocalizedCollectionNames", "LocalizedCollectionName", table.PluralName),
            LabelXml.Collection("Descriptions", "Description", table.Description),
            new XElement("attributes", AttributeWriter.ExportedColumns(table, onlyCustom: false).Select(c => AttributeWriter.Write(table, c))),
            new XElement("EntitySetName", EntitySetName(table.LogicalName)));
        foreach (var (name, value) in Flags)
        {
            entity.Add(new XElement(name, name switch
            {
                "OwnershipTypeMask" => table.Ownership == OwnershipType.UserOwned ? "UserOwned" : "OrgOwned",
                "IntroducedVersion" => PackContext.IntroducedVersion,
                _ => value,
            }));
        }

        var element = new XElement("Entity", NameElement(table, schemaName), new XElement("EntityInfo", entity));
        foreach (var part in parts)
        {
            var written = part.Write(table, context);
            if (written is not null)
            {
                element.Add(written);
            }
        }

        return element;
    }

    /// <summary>
    /// A platform table the solution extends, as real exports write one (Apollo's unpacked account, an unpacked
    /// opportunity of YarSol/deploytest): Name, EntityInfo/entity with only the columns the solution adds, then FormXml
    /// (empty, or the solution's own new main form of the table: Solution/Forms), and empty SavedQueries and RibbonDiffXml. No labels and no table flags: the table stays Microsoft's, and flags with
    /// other values than the organisation's would change its settings on import (docs/packaging.md).
    /// </summary>
    public static XElement WriteExtension(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        var schemaName = SchemaNames.Table(table);
        return new XElement(
            "Entity",
            NameElement(table, schemaName),
            new XElement("EntityInfo", new XElement(
                "entity",
                new XAttribute("Name", schemaName),
                new XElement("attributes", AttributeWriter.ExportedColumns(table, onlyCustom: true).Select(c => AttributeWriter.Write(table, c))))),
            FormWriter.ExtensionFormXml(table, context),
            new XElement("SavedQueries"),
            new XElement("RibbonDiffXml"));
    }

    /// <summary>The Web API entity set name: the logical name in the plural (English rules; NOT CONFIRMED for every ending).</summary>
    public static string EntitySetName(string logicalName)
    {
        ArgumentNullException.ThrowIfNull(logicalName);
        if (logicalName.EndsWith('s') || logicalName.EndsWith('x') || logicalName.EndsWith("ch", StringComparison.Ordinal) || logicalName.EndsWith("sh", StringComparison.Ordinal))
        {
            return logicalName + "es";
        }

        if (logicalName.Length > 1 && logicalName.EndsWith('y') && !"aeiou".Contains(logicalName[^2], StringComparison.Ordinal))
        {
            return logicalName[..^1] + "ies";
        }

        return logicalName + "s";
    }

    private static XElement NameElement(TableDefinition table, string schemaName) => new(
        "Name",
        new XAttribute("LocalizedName", table.DisplayName.English),
        new XAttribute("OriginalName", table.DisplayName.English),
        schemaName);
}
