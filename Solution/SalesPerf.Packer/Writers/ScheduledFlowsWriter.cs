using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Flows;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Each scheduled cloud flow of Solution/Flows as a real export carries one (microsoft/coe-starter-kit,
/// <c>Workflows/AdminCapacityAlerts-108A99EF-….json.data.xml</c> and the customizations.xml it is packed into): a
/// <c>Workflows/Workflow</c> of Category 5 (modern flow), Type 1, Scope 4, <c>JsonFileName</c> naming the definition file
/// with a leading slash, the flow's on/off state as StateCode/StatusCode (0/1 Draft = off, 1/2 Activated = on), names in
/// English and Chinese; the definition file <c>Workflows/&lt;Name&gt;-&lt;ID UPPER&gt;.json</c> (<see cref="ScheduledFlowJson"/>);
/// and a type-29 root component by id.
/// </summary>
public sealed class ScheduledFlowsWriter : IComponentWriter
{
    public const string ModernFlowCategory = "5";

    public string? Section => "Workflows";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.ScheduledFlows.Select(flow => new XElement(
        "Workflow",
        new XAttribute("WorkflowId", ExportXml.Braced(flow.Id)),
        new XAttribute("Name", flow.Name.English),
        new XAttribute("Description", flow.Description.English),
        new XElement("JsonFileName", "/" + flow.EntryName),
        new XElement("Type", "1"),
        new XElement("Subprocess", "0"),
        new XElement("Category", ModernFlowCategory),
        new XElement("Mode", "0"),
        new XElement("Scope", "4"),
        new XElement("OnDemand", "0"),
        new XElement("TriggerOnCreate", "0"),
        new XElement("TriggerOnDelete", "0"),
        new XElement("AsyncAutodelete", "0"),
        new XElement("SyncWorkflowLogOnFailure", "0"),
        new XElement("StateCode", flow.Enabled ? "1" : "0"),
        new XElement("StatusCode", flow.Enabled ? "2" : "1"),
        new XElement("RunAs", "1"),
        new XElement("IsTransacted", "1"),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("IsCustomizable", "1"),
        new XElement("IsCustomProcessingStepAllowedForOtherPublishers", "1"),
        new XElement("PrimaryEntity", "none"),
        new XElement("LocalizedNames", Labels("LocalizedName", flow.Name)),
        new XElement("Descriptions", Labels("Description", flow.Description))));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.ScheduledFlows.Select(f => new RootComponent(RootComponent.Workflow, null, f.Id, RootComponent.IncludeSubcomponents));

    public IEnumerable<ZipEntryContent> Files(PackContext context) =>
        context.Input.ScheduledFlows.Select(f => new ZipEntryContent(f.EntryName, new UTF8Encoding(false).GetBytes(ScheduledFlowJson.ClientData(f))));

    private static IEnumerable<XElement> Labels(string element, Label label) =>
    [
        new XElement(element, new XAttribute("languagecode", Label.EnglishLcid), new XAttribute("description", label.English)),
        new XElement(element, new XAttribute("languagecode", Label.ChineseLcid), new XAttribute("description", label.Chinese)),
    ];
}
