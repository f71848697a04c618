using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every site map is valid against SiteMap.xsd, has its type-62 root component, and every sub-area opens a table the
/// package or the known platform tables define, a dashboard the zip contains, or (<c>Url="$webresource:…"</c>) a web
/// resource that customizations.xml defines and whose file the zip contains; children in export order (solution-format 12).
/// </summary>
public sealed class SiteMapCheck : IPackageCheck
{
    public string Rule => "site map";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var siteMaps = package.Customizations?.Root?.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap").ToList() ?? [];
        if (siteMaps.Count == 0)
        {
            return [];
        }

        var index = new AppModulePackageIndex(package);
        var problems = new List<string>();
        foreach (var siteMap in siteMaps)
        {
            var name = siteMap.Element("SiteMapUniqueName")?.Value ?? "(unnamed)";
            var label = $"site map '{name}'";
            if (package.Strict && !index.HasRootComponent(RootComponent.SiteMap, name, null))
            {
                problems.Add($"{label} has no RootComponent type 62 with schemaName '{name}' in solution.xml.");
            }

            if (package.Strict && AppModuleExportOrder.Problem(siteMap, AppModuleExportOrder.AppModuleSiteMap, label) is { } order)
            {
                problems.Add(order);
            }

            var content = siteMap.Element("SiteMap");
            if (content is null)
            {
                problems.Add($"{label} has no SiteMap element.");
                continue;
            }

            new XDocument(new XElement(content)).Validate(SiteMapSchema.SiteMap, (sender, e) =>
                problems.Add($"{label} is not valid against SiteMap.xsd at {XmlPaths.Of(sender as XObject)}: {e.Message}"));
            foreach (var duplicate in content.Descendants("SubArea").GroupBy(s => (string?)s.Attribute("Id"), StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"{label} has {duplicate.Count()} sub-areas with the id '{duplicate.Key}'; sub-area ids must be unique.");
            }

            problems.AddRange(content.Descendants("SubArea").SelectMany(sub => CheckSubArea(index, label, sub, package.Strict)));
        }

        return problems;
    }

    /// <summary>Strict: the table and dashboard a sub-area opens are the package's or known platform ones (a real site map opens others).</summary>
    private static IEnumerable<string> CheckSubArea(AppModulePackageIndex index, string siteMap, XElement sub, bool strict)
    {
        var label = $"{siteMap} sub-area '{(string?)sub.Attribute("Id")}'";
        var entity = (string?)sub.Attribute("Entity");
        var dashboardText = (string?)sub.Attribute("DefaultDashboard");
        if (entity is null && dashboardText is null && sub.Attribute("Url") is null)
        {
            yield return $"{label} opens nothing: it has no Entity, Url or DefaultDashboard.";
        }

        if (!strict)
        {
            yield break;
        }

        if (entity is not null && !index.HasTable(entity))
        {
            yield return $"{label} names the table '{entity}', which neither the package nor the known system tables define.";
        }

        if (dashboardText is not null)
        {
            var dashboard = AppModulePackageIndex.ParseId(dashboardText);
            if (dashboard is null || !index.Dashboards.Contains(dashboard.Value))
            {
                yield return $"{label} opens the dashboard {dashboardText}, which the zip does not contain.";
            }
        }

        var url = (string?)sub.Attribute("Url");
        if (url is not null && url.StartsWith(SiteMapWriter.WebResourceUrlPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var webResource = url[SiteMapWriter.WebResourceUrlPrefix.Length..];
            if (!index.WebResources.Contains(webResource))
            {
                yield return $"{label} opens the web resource '{webResource}', which the zip does not contain (no WebResource of that name with its file).";
            }
        }
    }
}
