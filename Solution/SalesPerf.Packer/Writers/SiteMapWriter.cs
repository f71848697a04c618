using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The AppModuleSiteMaps section (solution-format 12, reference/appmodule-sitemap.xml): one <c>AppModuleSiteMap</c> per
/// app, named by the app's unique name, with the areas, groups and sub-areas of Solution/App and their titles in 1033
/// and 2052; root type 62 by that name. A sub-area opens a table's views (<c>Entity</c>), a dashboard
/// (<c>Url</c> + <c>DefaultDashboard</c>), with the attribute values of the designer's export, or an HTML web resource
/// (<c>Url="$webresource:&lt;name&gt;"</c>, the site map's directive for a web resource of the organisation).
/// </summary>
public sealed class SiteMapWriter : IComponentWriter
{
    public const string SiteMapVersion = "7.0.0.0";
    public const string DashboardUrl = "/workplace/home_dashboards.aspx";

    /// <summary>The prefix of a sub-area <c>Url</c> that opens a web resource by its name.</summary>
    public const string WebResourceUrlPrefix = "$webresource:";

    private const string Icon = "/_imgs/imagestrips/transparent_spacer.gif";
    private const string Client = "All,Outlook,OutlookLaptopClient,OutlookWorkstationClient,Web";
    private const string Sku = "All,OnPremise,Live,SPLA";

    public string? Section => "AppModuleSiteMaps";

    public IEnumerable<XElement> Elements(PackContext context) => context.Input.AppModules.Select(app => new XElement(
        "AppModuleSiteMap",
        new XElement("SiteMapUniqueName", app.UniqueName),
        new XElement("EnableCollapsibleGroups", "False"),
        new XElement("ShowHome", "True"),
        new XElement("ShowPinned", "True"),
        new XElement("ShowRecents", "True"),
        new XElement("SiteMap", new XAttribute("IntroducedVersion", SiteMapVersion), app.Areas.Select(Area)),
        LabelXml.Collection("LocalizedNames", "LocalizedName", app.Name)));

    public IEnumerable<RootComponent> RootComponents(PackContext context) =>
        context.Input.AppModules.Select(a => new RootComponent(RootComponent.SiteMap, a.UniqueName, null, RootComponent.IncludeSubcomponents));

    private static XElement Area(SiteMapArea area) => new(
        "Area",
        new XAttribute("Id", area.Id),
        new XAttribute("ResourceId", "SitemapDesigner.NewTitle"),
        new XAttribute("DescriptionResourceId", "SitemapDesigner.NewTitle"),
        new XAttribute("ShowGroups", "true"),
        new XAttribute("IntroducedVersion", SiteMapVersion),
        Titles(area.Title),
        area.Groups.Select(Group));

    private static XElement Group(SiteMapGroup group) => new(
        "Group",
        new XAttribute("Id", group.Id),
        new XAttribute("ResourceId", "SitemapDesigner.NewGroup"),
        new XAttribute("DescriptionResourceId", "SitemapDesigner.NewGroup"),
        new XAttribute("IntroducedVersion", SiteMapVersion),
        new XAttribute("IsProfile", "false"),
        new XAttribute("ToolTipResourseId", "SitemapDesigner.Unknown"),
        Titles(group.Title),
        group.SubAreas.Select(SubArea));

    /// <summary>
    /// The documented URL of one view of a table ("Open forms, views, dialogs, and reports with a URL":
    /// <c>pagetype=entitylist</c>, <c>viewtype=1039</c> for a system view), relative to the app.
    /// </summary>
    public static string ViewUrl(string table, System.Guid view) =>
        "/main.aspx?pagetype=entitylist&etn=" + table + "&viewid=" + ExportXml.Braced(view) + "&viewtype=1039";

    private static XElement SubArea(SiteMapSubArea sub)
    {
        var element = new XElement("SubArea", new XAttribute("Id", sub.Id));
        if (sub.Dashboard is { } dashboard)
        {
            element.Add(
                new XAttribute("DescriptionResourceId", "Dashboards_Description"),
                new XAttribute("Icon", Icon),
                new XAttribute("Url", DashboardUrl),
                new XAttribute("DefaultDashboard", ExportXml.Bare(dashboard)));
        }
        else if (sub.WebResource is { } webResource)
        {
            element.Add(new XAttribute("Icon", Icon), new XAttribute("Url", WebResourceUrlPrefix + webResource));
        }
        else if (sub.View is { } view)
        {
            element.Add(new XAttribute("Icon", Icon), new XAttribute("Url", ViewUrl(sub.Table!, view)));
        }
        else
        {
            element.Add(new XAttribute("Icon", Icon), new XAttribute("Entity", sub.Table!));
        }

        element.Add(
            new XAttribute("Client", Client),
            new XAttribute("AvailableOffline", "true"),
            new XAttribute("PassParams", "false"),
            new XAttribute("Sku", Sku));
        if (sub.Dashboard is not null)
        {
            element.Add(new XAttribute("ToolTipResourseId", "DashboardTooltip"));
        }

        element.Add(Titles(sub.Title));
        return element;
    }

    private static XElement Titles(Label title) => new(
        "Titles",
        LabelXml.Languages.Select(lcid => new XElement(
            "Title",
            new XAttribute("LCID", lcid.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("Title", title.For(lcid)))));
}
