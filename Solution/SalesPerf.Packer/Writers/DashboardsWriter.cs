using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The Dashboards section (solution-format 8, reference/dashboard.xml): <c>Dashboard</c> with LocalizedNames,
/// [Descriptions], FormId, IsCustomizable, IsDefault, FormXml, IntroducedVersion, IsTabletEnabled; root type 60 with the form id.
/// </summary>
public sealed class DashboardsWriter : IComponentWriter
{
    public string? Section => "Dashboards";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.Dashboards.Select(dashboard => new XElement(
        "Dashboard",
        LabelXml.Collection("LocalizedNames", "LocalizedName", dashboard.Name),
        dashboard.Description is null ? null : LabelXml.Collection("Descriptions", "Description", dashboard.Description),
        new XElement("FormId", ExportXml.Braced(dashboard.Id)),
        new XElement("IsCustomizable", "1"),
        new XElement("IsDefault", "0"),
        DashboardFormXml.Write(dashboard, context.Input.Metadata),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("IsTabletEnabled", "0")));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.Dashboards.Select(d => new RootComponent(RootComponent.SystemForm, null, d.Id, RootComponent.IncludeSubcomponents));
}
