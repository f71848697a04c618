using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every app has its type-80 root component, every AppModuleComponent resolves to a table, view, chart, dashboard or
/// site map of the package (tables may also be known platform tables), and every role-map entry names a role of the
/// zip or the platform's System Administrator or System Customizer; children in export order (solution-format 11).
/// Strict only: a real app names components and roles of other solutions, and exports of other versions order its
/// children differently.
/// </summary>
public sealed class AppModuleCheck : IPackageCheck
{
    public string Rule => "app modules";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var apps = package.Customizations?.Root?.Elements("AppModules").Elements("AppModule").ToList() ?? [];
        if (apps.Count == 0 || !package.Strict)
        {
            yield break;
        }

        var index = new AppModulePackageIndex(package);
        foreach (var app in apps)
        {
            var name = app.Element("UniqueName")?.Value ?? "(unnamed)";
            var label = $"app '{name}'";
            if (!index.HasRootComponent(RootComponent.AppModule, name, null))
            {
                yield return $"{label} has no RootComponent type 80 with schemaName '{name}' in solution.xml.";
            }

            if (AppModuleExportOrder.Problem(app, AppModuleExportOrder.AppModule, label) is { } order)
            {
                yield return order;
            }

            foreach (var component in app.Elements("AppModuleComponents").Elements("AppModuleComponent"))
            {
                if (Resolve(index, component) is { } problem)
                {
                    yield return $"{label} component {problem}";
                }
            }

            foreach (var role in app.Elements("AppModuleRoleMaps").Elements("Role"))
            {
                var text = (string?)role.Attribute("id");
                var id = AppModulePackageIndex.ParseId(text);
                if (id is null || !(index.Roles.Contains(id.Value) || AppModulePackageIndex.PlatformRoles.Contains(id.Value)))
                {
                    yield return $"{label} maps the role {text}, which is neither a Role of the zip nor the platform's System Administrator or System Customizer.";
                }
            }
        }
    }

    /// <summary>Null when the component resolves; otherwise what is wrong, starting with the component.</summary>
    private static string? Resolve(AppModulePackageIndex index, XElement component)
    {
        var type = (string?)component.Attribute("type");
        var schemaName = (string?)component.Attribute("schemaName");
        var idText = (string?)component.Attribute("id");
        var id = AppModulePackageIndex.ParseId(idText);
        var what = $"type {type} {schemaName ?? idText}";
        return type switch
        {
            "1" => schemaName is not null && index.HasTable(schemaName) ? null
                : $"{what} names a table that neither the package nor the known system tables define.",
            "26" => id is { } view && index.Views.ContainsKey(view) ? null : $"{what} names a view the zip does not contain.",
            "59" => id is { } chart && index.Charts.ContainsKey(chart) ? null : $"{what} names a chart the zip does not contain.",
            "60" => id is { } form && index.Dashboards.Contains(form) ? null : $"{what} names a dashboard the zip does not contain.",
            "62" => schemaName is not null && index.SiteMaps.Contains(schemaName) ? null : $"{what} names a site map the zip does not contain.",
            _ => $"{what} has a component type this check does not resolve (1, 26, 59, 60, 62).",
        };
    }
}
