using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads Solution/App/*.json (docs/solution-source.md "App and site map"): the app, its role map and its site map. Every
/// sub-area must name a table of the solution, a dashboard of Solution/Dashboards or an HTML web resource of
/// WebResources/webresources.json.
/// </summary>
public static partial class AppModuleSource
{
    public const string Folder = "App";

    /// <exception cref="PackException">An app file is malformed or names a table, dashboard or web resource that does not exist.</exception>
    public static IReadOnlyList<AppModuleDefinition> Load(
        string solutionFolder,
        SolutionMetadata metadata,
        IReadOnlyList<DashboardDefinition> dashboards,
        IReadOnlyList<WebResourceDefinition> webResources,
        IReadOnlyList<ViewDefinition>? views = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(dashboards);
        ArgumentNullException.ThrowIfNull(webResources);
        var targets = new Targets(metadata, dashboards, webResources, views ?? []);
        var apps = AppModuleJson.ReadFolder(solutionFolder, Folder).Select(file => Read(file.Root, file.Where, targets)).ToList();
        foreach (var duplicate in apps.GroupBy(a => a.UniqueName, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: the app unique name {duplicate.Key} is used {duplicate.Count()} times.");
        }

        return apps.OrderBy(a => a.UniqueName, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    private static AppModuleDefinition Read(JsonElement item, string where, Targets targets)
    {
        var uniqueName = AppModuleJson.RequiredString(item, "uniqueName", where);
        if (!UniqueNamePattern().IsMatch(uniqueName))
        {
            throw new PackException($"{where}: 'uniqueName' is '{uniqueName}'; it must start with the publisher prefix spm_ and hold only letters, digits and '_'.");
        }

        var roles = AppModuleJson.Array(item, "roles", where, required: true)
            .Select(role => AppModuleJson.ParseGuid(role.ValueKind == JsonValueKind.String ? role.GetString()! : role.ToString(), "roles", where))
            .ToList();
        var extraTables = AppModuleJson.Array(item, "tables", where, required: false)
            .Select(table => Table(targets.Metadata, table.ValueKind == JsonValueKind.String ? table.GetString()! : table.ToString(), $"{where}, 'tables'"))
            .ToList();
        if (!item.TryGetProperty("siteMap", out var siteMap) || siteMap.ValueKind != JsonValueKind.Object)
        {
            throw new PackException($"{where}: 'siteMap' with its 'areas' is required.");
        }

        var areas = AppModuleJson.Array(siteMap, "areas", $"{where}, siteMap", required: true)
            .Select(area => Area(area, where, targets))
            .ToList();
        var app = new AppModuleDefinition
        {
            UniqueName = uniqueName,
            Name = AppModuleJson.RequiredLabel(item, "name", where),
            Description = AppModuleJson.OptionalLabel(item, "description", where),
            Roles = roles.Distinct().ToList().AsReadOnly(),
            ExtraTables = extraTables.AsReadOnly(),
            Areas = areas.AsReadOnly(),
        };
        var ids = app.Areas.Select(a => a.Id).Concat(app.Areas.SelectMany(a => a.Groups).Select(g => g.Id)).Concat(app.SubAreas.Select(s => s.Id));
        foreach (var duplicate in ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new PackException($"{where}: the site-map id '{duplicate.Key}' is used {duplicate.Count()} times; area, group and sub-area ids must be unique.");
        }

        return app;
    }

    private static SiteMapArea Area(JsonElement area, string where, Targets targets)
    {
        var (id, title, groups) = Level(area, where, "area", "groups", (group, at) => Group(group, at, targets));
        return new SiteMapArea { Id = id, Title = title, Groups = groups };
    }

    private static SiteMapGroup Group(JsonElement group, string where, Targets targets)
    {
        var (id, title, subAreas) = Level(group, where, "group", "subAreas", (sub, at) => SubArea(sub, at, targets));
        return new SiteMapGroup { Id = id, Title = title, SubAreas = subAreas };
    }

    /// <summary>The id, title and required children of an area or a group, each child read with the words its errors start with.</summary>
    private static (string Id, Label Title, IReadOnlyList<T> Children) Level<T>(
        JsonElement level, string where, string kind, string childrenProperty, Func<JsonElement, string, T> readChild)
    {
        var (id, at) = Locate(level, where, kind);
        var title = AppModuleJson.RequiredLabel(level, "title", at);
        var children = AppModuleJson.Array(level, childrenProperty, at, required: true).Select(child => readChild(child, at)).ToList().AsReadOnly();
        return (id, title, children);
    }

    private static SiteMapSubArea SubArea(JsonElement sub, string where, Targets targets)
    {
        var (id, at) = Locate(sub, where, "sub-area");
        var table = AppModuleJson.OptionalString(sub, "table", at);
        var dashboardText = AppModuleJson.OptionalString(sub, "dashboard", at);
        var webResource = AppModuleJson.OptionalString(sub, "webResource", at);
        var viewText = AppModuleJson.OptionalString(sub, "view", at);
        if (new[] { table, dashboardText, webResource }.Count(target => target is not null) != 1)
        {
            throw new PackException($"{at}: give exactly one of 'table', 'dashboard' and 'webResource'.");
        }

        Guid? dashboard = null;
        if (dashboardText is not null)
        {
            var dashboardId = AppModuleJson.ParseGuid(dashboardText, "dashboard", at);
            dashboard = targets.Dashboards.Any(d => d.Id == dashboardId)
                ? dashboardId
                : throw new PackException($"{at}: 'dashboard' names {dashboardId}, which is not a dashboard of Solution/Dashboards.");
        }

        Guid? view = null;
        if (viewText is not null)
        {
            var viewId = AppModuleJson.ParseGuid(viewText, "view", at);
            view = table is not null && targets.Views.Any(v => v.Id == viewId && v.Table == table)
                ? viewId
                : throw new PackException($"{at}: 'view' names {viewId}, which is not a view of {table ?? "the sub-area's table"} in Solution/Views; 'view' needs 'table'.");
        }

        return new SiteMapSubArea
        {
            Id = id,
            Title = AppModuleJson.RequiredLabel(sub, "title", at),
            Table = table is null ? null : Table(targets.Metadata, table, at),
            View = view,
            Dashboard = dashboard,
            WebResource = webResource is null ? null : Page(targets.WebResources, webResource, at),
        };
    }

    /// <summary>A sub-area opens a page in the main frame, so the web resource must be an HTML one (type 1).</summary>
    private static string Page(IReadOnlyList<WebResourceDefinition> webResources, string name, string where)
    {
        var resource = webResources.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal))
            ?? throw new PackException($"{where}: 'webResource' names {name}, which is not a web resource of WebResources/webresources.json.");
        return resource.Type == WebResourceDefinition.HtmlType
            ? resource.Name
            : throw new PackException($"{where}: 'webResource' names {name}, a web resource of type {resource.Type}; a sub-area opens an HTML page (type 1).");
    }

    /// <summary>A SalesPerf table, or a platform table of Solution/SystemTables (opportunities, orders, invoices, users).</summary>
    private static string Table(SolutionMetadata metadata, string name, string where) =>
        metadata.TryGetTable(name, out var table)
            ? table.LogicalName
            : throw new PackException($"{where}: the table {name} is neither a table of the solution (Solution/Tables) nor a platform table of Solution/SystemTables.");

    /// <summary>A site-map item's id and the words its errors start with, e.g. <c>…/App/spm_sales.json, area 'team'</c>.</summary>
    private static (string Id, string At) Locate(JsonElement item, string where, string kind)
    {
        var id = Identifier(item, $"{where}, {kind}");
        return (id, $"{where}, {kind} '{id}'");
    }

    private static string Identifier(JsonElement item, string where)
    {
        var id = AppModuleJson.RequiredString(item, "id", where);
        return IdentifierPattern().IsMatch(id)
            ? id
            : throw new PackException($"{where}: the id '{id}' may hold only letters, digits and '_' (SiteMapType.xsd CRM_Identifier_SiteMap).");
    }

    /// <summary>What sub-areas may open.</summary>
    private sealed record Targets(
        SolutionMetadata Metadata, IReadOnlyList<DashboardDefinition> Dashboards, IReadOnlyList<WebResourceDefinition> WebResources, IReadOnlyList<ViewDefinition> Views);

    [GeneratedRegex("^[a-zA-Z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^spm_[a-zA-Z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex UniqueNamePattern();
}
