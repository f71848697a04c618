using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// What the app, site-map, dashboard and chart checks resolve names against: the views, charts, dashboards, roles,
/// tables, web resources and root components a package contains.
/// </summary>
public sealed class AppModulePackageIndex
{
    /// <summary>The platform's System Administrator and System Customizer roles, which exports map apps to (solution-format 11).</summary>
    public static readonly IReadOnlySet<Guid> PlatformRoles = new HashSet<Guid>
    {
        new("627090ff-40a3-4053-8790-584edc5be201"),
        new("119f245c-3cc8-4b62-b31c-d1a046ced15d"),
    };

    private readonly SolutionPackage package;
    private readonly HashSet<string> packageTables;

    public AppModulePackageIndex(SolutionPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        this.package = package;
        var root = package.Customizations?.Root;
        var entities = root?.Elements("Entities").Elements("Entity").ToList() ?? [];
        packageTables = entities.Select(e => e.Element("Name")?.Value.ToLowerInvariant()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Views = ById(entities, e => e.Descendants("savedquery").Select(v => v.Element("savedqueryid")?.Value));
        Charts = ById(entities, e => e.Elements("Visualizations").Elements("visualization").Select(v => v.Element("savedqueryvisualizationid")?.Value));
        Dashboards = (root?.Elements("Dashboards").Elements("Dashboard").Select(d => ParseId(d.Element("FormId")?.Value)) ?? [])
            .OfType<Guid>().ToHashSet();
        Roles = (root?.Elements("Roles").Elements("Role").Select(r => ParseId((string?)r.Attribute("id"))) ?? []).OfType<Guid>().ToHashSet();
        SiteMaps = (root?.Elements("AppModuleSiteMaps").Elements("AppModuleSiteMap").Select(s => s.Element("SiteMapUniqueName")?.Value) ?? [])
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entries = package.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        WebResources = (root?.Elements("WebResources").Elements("WebResource") ?? [])
            .Where(w => w.Element("FileName")?.Value is { } file && entries.Contains(file.TrimStart('/')))
            .Select(w => w.Element("Name")?.Value).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        RootComponents = package.Manifest?.Root?.Element("SolutionManifest")?.Element("RootComponents")?.Elements("RootComponent").ToList() ?? [];
    }

    /// <summary>Every view of the package, with the logical name of its table.</summary>
    public IReadOnlyDictionary<Guid, string> Views { get; }

    /// <summary>Every chart of the package, with the logical name of its table.</summary>
    public IReadOnlyDictionary<Guid, string> Charts { get; }

    public IReadOnlySet<Guid> Dashboards { get; }
    public IReadOnlySet<Guid> Roles { get; }
    public IReadOnlySet<string> SiteMaps { get; }

    /// <summary>The names of the package's web resources whose file the zip contains.</summary>
    public IReadOnlySet<string> WebResources { get; }
    public IReadOnlyList<XElement> RootComponents { get; }

    /// <summary>A table of the package's Entities, or a platform table of the known tables.</summary>
    public bool HasTable(string logicalName) =>
        packageTables.Contains(logicalName) || (package.KnownTables?.TryGetTable(logicalName, out var table) == true && !table.IsCustom);

    public bool HasRootComponent(int type, string? schemaName, Guid? id) => RootComponents.Any(r =>
        (string?)r.Attribute("type") == type.ToString(CultureInfo.InvariantCulture)
        && (schemaName is null || (string?)r.Attribute("schemaName") == schemaName)
        && (id is null || ParseId((string?)r.Attribute("id")) == id));

    public static Guid? ParseId(string? text) => Guid.TryParse(text, out var id) ? id : null;

    private static Dictionary<Guid, string> ById(IEnumerable<XElement> entities, Func<XElement, IEnumerable<string?>> ids)
    {
        var result = new Dictionary<Guid, string>();
        foreach (var entity in entities)
        {
            var table = entity.Element("Name")?.Value.ToLowerInvariant() ?? "";
            foreach (var id in ids(entity).Select(ParseId).OfType<Guid>())
            {
                result.TryAdd(id, table);
            }
        }

        return result;
    }
}
