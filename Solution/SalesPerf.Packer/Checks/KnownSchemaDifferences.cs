using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// The explicit list of places where the 9.0.0.2090 schema is stale against a 9.2 export (schemas/README.md "Caveat";
/// solution-format 3 and 16.8). Nothing else is excused: any other schema error fails the check.
/// </summary>
public static class KnownSchemaDifferences
{
    public static IReadOnlyList<KnownSchemaDifference> All { get; } =
    [
        new("ImportExportXml/@OrganizationVersion, @OrganizationSchemaType, @CRMServerServiceabilityVersion",
            "9.2 exports write these root attributes; the schema does not declare them.",
            doc => RemoveAttributes(doc.Root!, "OrganizationVersion", "OrganizationSchemaType", "CRMServerServiceabilityVersion")),
        new("ImportExportXml/EntityImageConfigs, AttributeImageConfigs, CanvasApps, appaction_appactionrule_classicrulesset, connectionreferences, msdyn_dataflows",
            "Root sections of a 9.2 export (reference/customizations-root-and-child-order.xml) that are newer than the schema.",
            doc => RemoveElements(doc.Root!.Elements().Where(e => e.Name.LocalName is "EntityImageConfigs" or "AttributeImageConfigs" or "CanvasApps"
                or "appaction_appactionrule_classicrulesset" or "connectionreferences" or "msdyn_dataflows"))),
        new("SdkMessageProcessingStep/SdkMessageId",
            "A 9.2 export writes SdkMessageId first; the schema's sequence (the 8.2 order) expects it after Rank. Moved there for validation.",
            MoveSdkMessageIdAfterRank),
        new("attribute/AutoNumberFormat, IsSearchable, IsFilterable, IsRetrievable, IsLocalizable",
            "Written on every attribute of a 9.2 export (reference/entity-apollo_InvoiceLine.xml, after IsDataSourceSecret); not declared by the schema.",
            doc => RemoveElements(doc.Descendants("attributes").Elements("attribute").Elements()
                .Where(e => e.Name.LocalName is "AutoNumberFormat" or "IsSearchable" or "IsFilterable" or "IsRetrievable" or "IsLocalizable"))),
        new("entity/IsRetrieveAuditEnabled, IsRetrieveMultipleAuditEnabled, IsMSTeamsIntegrationEnabled, IsSolutionAware",
            "Entity flags of a 9.2 export (reference/entity-apollo_InvoiceLine.xml); not declared by the schema.",
            doc => RemoveElements(doc.Descendants("entity").Elements().Where(e => e.Name.LocalName is "IsRetrieveAuditEnabled"
                or "IsRetrieveMultipleAuditEnabled" or "IsMSTeamsIntegrationEnabled" or "IsSolutionAware"))),
        new("Entity/SavedQueries (empty)",
            "Real exports write <SavedQueries /> for a platform table whose views the solution does not carry (Apollo's unpacked account, YarSol/deploytest's opportunity); the schema requires a savedqueries child.",
            doc => RemoveElements(doc.Descendants("Entity").Elements("SavedQueries").Where(e => !e.HasElements))),
        new("EntityRelationship/CascadeArchive",
            "Cascade setting of a 9.2 export; newer than the schema.",
            doc => RemoveElements(doc.Descendants("EntityRelationship").Elements("CascadeArchive"))),
        new("optionset/options/option/@IsHidden",
            "Written on every option of a 9.2 export (global and local option sets); not declared by the schema.",
            doc => doc.Descendants("option").Sum(o => RemoveAttributes(o, "IsHidden"))),
        new("Role/IsAutoAssigned",
            "Role flag of a 9.2 export; not declared by the schema.",
            doc => RemoveElements(doc.Descendants("Role").Elements("IsAutoAssigned"))),
        new("form/@headerdensity",
            "Form attribute of a 9.2 export; not declared by the schema.",
            doc => doc.Descendants("form").Sum(f => RemoveAttributes(f, "headerdensity"))),
        new("AppModule/OptimizedFor",
            "App module element of a 9.2 export; not declared by the schema.",
            doc => RemoveElements(doc.Descendants("AppModule").Elements("OptimizedFor"))),
        new("AppModule/appelements, appsettings",
            "App module parts of a 9.2 export (reference/appmodule.xml: canvas pages, a bot, the AppChannel setting); newer than the schema.",
            doc => RemoveElements(doc.Descendants("AppModule").Elements().Where(e => e.Name.LocalName is "appelements" or "appsettings"))),
        new("AppModule/statecode, statuscode, NavigationType",
            "App module elements of a 9.2 export (reference/appmodule.xml); not declared by the schema.",
            doc => RemoveElements(doc.Descendants("AppModule").Elements().Where(e => e.Name.LocalName is "statecode" or "statuscode" or "NavigationType"))),
        new("Workflow/JsonFileName, IsCustomProcessingStepAllowedForOtherPublishers, ModernFlowType, BillingContext",
            "Elements of a modern flow (Category 5) in a 9.2 export (microsoft/coe-starter-kit Workflows/*.json.data.xml); newer than the schema.",
            doc => RemoveElements(doc.Descendants("Workflow").Elements().Where(e => e.Name.LocalName is "JsonFileName"
                or "IsCustomProcessingStepAllowedForOtherPublishers" or "ModernFlowType" or "BillingContext"))),
        new("AppModuleSiteMap/EnableCollapsibleGroups, ShowHome, ShowPinned, ShowRecents",
            "Site map settings of a 9.2 export; not declared by the schema.",
            doc => RemoveElements(doc.Descendants("AppModuleSiteMap").Elements()
                .Where(e => e.Name.LocalName is "EnableCollapsibleGroups" or "ShowHome" or "ShowPinned" or "ShowRecents"))),
    ];

    /// <summary>A copy of <paramref name="customizations"/> with every known difference rewritten.</summary>
    public static XDocument Normalize(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        var copy = new XDocument(customizations);
        foreach (var difference in All)
        {
            difference.Apply(copy);
        }

        return copy;
    }

    private static int MoveSdkMessageIdAfterRank(XDocument doc)
    {
        var moved = 0;
        foreach (var step in doc.Descendants("SdkMessageProcessingStep").ToList())
        {
            var id = step.Element("SdkMessageId");
            var rank = step.Element("Rank");
            if (id is null || rank is null || id.ElementsBeforeSelf().Any())
            {
                continue;
            }

            id.Remove();
            rank.AddAfterSelf(id);
            moved++;
        }

        return moved;
    }

    private static int RemoveElements(IEnumerable<XElement> elements)
    {
        var list = elements.ToList();
        list.ForEach(e => e.Remove());
        return list.Count;
    }

    private static int RemoveAttributes(XElement element, params string[] names)
    {
        var list = element.Attributes().Where(a => names.Contains(a.Name.LocalName, StringComparer.Ordinal)).ToList();
        list.ForEach(a => a.Remove());
        return list.Count;
    }
}
