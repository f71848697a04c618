using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every dashboard has its type-60 root component, and every tile names a view, and a chart if any, that the zip
/// contains for the tile's table (solution-format 8).
/// </summary>
public sealed class DashboardCheck : IPackageCheck
{
    public string Rule => "dashboards";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var dashboards = package.Customizations?.Root?.Elements("Dashboards").Elements("Dashboard").ToList() ?? [];
        if (dashboards.Count == 0)
        {
            yield break;
        }

        var index = new AppModulePackageIndex(package);
        foreach (var dashboard in dashboards)
        {
            var name = dashboard.Element("LocalizedNames")?.Elements("LocalizedName").FirstOrDefault()?.Attribute("description")?.Value ?? "(unnamed)";
            var formId = AppModulePackageIndex.ParseId(dashboard.Element("FormId")?.Value);
            var label = $"dashboard '{name}' ({dashboard.Element("FormId")?.Value})";
            if (formId is null)
            {
                yield return $"{label} has no valid FormId.";
                continue;
            }

            // Strict: a real dashboard may sit in the solution without a root of its own, and its tiles may show
            // views and charts of other solutions.
            if (!package.Strict)
            {
                continue;
            }

            if (!index.HasRootComponent(RootComponent.SystemForm, null, formId))
            {
                yield return $"{label} has no RootComponent type 60 with its id in solution.xml.";
            }

            foreach (var control in dashboard.Descendants("control").Where(c => c.Element("parameters")?.Element("TargetEntityType") is not null))
            {
                foreach (var problem in CheckTile(index, label, control))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<string> CheckTile(AppModulePackageIndex index, string dashboard, XElement control)
    {
        var parameters = control.Element("parameters")!;
        var table = parameters.Element("TargetEntityType")!.Value;
        var tile = $"{dashboard} tile '{(string?)control.Attribute("id")}'";
        var viewText = parameters.Element("ViewId")?.Value;
        var view = AppModulePackageIndex.ParseId(viewText);
        if (view is null)
        {
            yield return $"{tile} on {table} has no valid ViewId.";
        }
        else if (!index.Views.TryGetValue(view.Value, out var viewTable))
        {
            yield return $"{tile} names the view {viewText} of {table}, which the zip does not contain.";
        }
        else if (viewTable != table)
        {
            yield return $"{tile} lists {table} but names the view {viewText} of {viewTable}.";
        }

        var chartText = parameters.Element("VisualizationId")?.Value;
        if (string.IsNullOrEmpty(chartText))
        {
            yield break;
        }

        var chart = AppModulePackageIndex.ParseId(chartText);
        if (chart is null || !index.Charts.TryGetValue(chart.Value, out var chartTable))
        {
            yield return $"{tile} names the chart {chartText} of {table}, which the zip does not contain.";
        }
        else if (chartTable != table)
        {
            yield return $"{tile} lists {table} but names the chart {chartText} of {chartTable}.";
        }
    }
}
