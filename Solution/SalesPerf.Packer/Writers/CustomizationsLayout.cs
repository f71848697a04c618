using System.Collections.Generic;

namespace SalesPerf.Packer.Writers;

/// <summary>The root children of customizations.xml in the order of a 9.2 export (solution-format 3; reference/customizations-root-and-child-order.xml).</summary>
public static class CustomizationsLayout
{
    public static readonly IReadOnlyList<string> Sections =
    [
        "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityImageConfigs", "AttributeImageConfigs",
        "EntityMaps", "EntityRelationships", "OrganizationSettings", "optionsets", "Reports", "Dashboards", "Dialogs",
        "WebResources", "CustomControls", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "AppModuleSiteMaps",
        "AppModules", "EntityDataProviders", "EntityDataSources", "CanvasApps", "appaction_appactionrule_classicrulesset",
        "connectionreferences", "msdyn_dataflows", "Languages",
    ];

    /// <summary>
    /// Sections the schema requires to hold at least one child. Written only when they have content: an empty
    /// <c>&lt;AppModules /&gt;</c> fails schema validation, and 8.2 exports show that absent sections are accepted.
    /// </summary>
    public static readonly IReadOnlySet<string> OmittedWhenEmpty = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "AppModules",
    };
}
