using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads Solution/Dashboards/*.json; every tile must name a generated view or a custom view (Solution/Views), and a
/// chart if any, of its table (docs/solution-source.md "Dashboards").
/// </summary>
public static class DashboardSource
{
    public const string Folder = "Dashboards";

    /// <exception cref="PackException">A dashboard file is malformed or a tile names a table, view or chart that does not exist.</exception>
    public static IReadOnlyList<DashboardDefinition> Load(string solutionFolder, SolutionMetadata metadata, IReadOnlyList<ChartDefinition> charts) =>
        Load(solutionFolder, metadata, charts, []);

    /// <exception cref="PackException">A dashboard file is malformed or a tile names a table, view or chart that does not exist.</exception>
    public static IReadOnlyList<DashboardDefinition> Load(
        string solutionFolder,
        SolutionMetadata metadata,
        IReadOnlyList<ChartDefinition> charts,
        IReadOnlyList<ViewDefinition> views,
        IReadOnlyList<WebResourceDefinition>? webResources = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(charts);
        ArgumentNullException.ThrowIfNull(views);
        var dashboards = AppModuleJson.ReadFolder(solutionFolder, Folder).Select(file => Read(file.Root, file.Where, metadata, charts, views, webResources ?? [])).ToList();
        foreach (var duplicate in dashboards.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            throw new PackException($"{SolutionSource.Folder}/{Folder}: the dashboard id {duplicate.Key} is used {duplicate.Count()} times; each dashboard needs its own id.");
        }

        return dashboards.OrderBy(d => d.Id).ToList().AsReadOnly();
    }

    private static DashboardDefinition Read(
        JsonElement item,
        string where,
        SolutionMetadata metadata,
        IReadOnlyList<ChartDefinition> charts,
        IReadOnlyList<ViewDefinition> views,
        IReadOnlyList<WebResourceDefinition> webResources)
    {
        var tiles = AppModuleJson.Array(item, "tiles", where, required: true)
            .Select((tile, index) => AppModuleJson.OptionalString(tile, "webResource", $"{where}, tile {index + 1}") is { } page
                ? PageTile(tile, page, $"{where}, tile {index + 1}", webResources)
                : Tile(tile, $"{where}, tile {index + 1}", metadata, charts, views))
            .ToList();
        return new DashboardDefinition
        {
            Id = AppModuleJson.RequiredGuid(item, "id", where),
            Name = AppModuleJson.RequiredLabel(item, "name", where),
            Description = AppModuleJson.OptionalLabel(item, "description", where),
            Tiles = tiles.AsReadOnly(),
        };
    }

    /// <summary>A tile that shows an HTML web resource: a label and the resource's name, nothing else.</summary>
    private static DashboardTile PageTile(JsonElement tile, string name, string where, IReadOnlyList<WebResourceDefinition> webResources)
    {
        ViewSource.RejectUnknown(tile, ["label", "webResource"], where);
        var resource = webResources.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal))
            ?? throw new PackException($"{where}: 'webResource' names {name}, which is not a web resource of WebResources/webresources.json.");
        return resource.Type == WebResourceDefinition.HtmlType
            ? new DashboardTile { Label = AppModuleJson.RequiredLabel(tile, "label", where), Table = string.Empty, Page = resource }
            : throw new PackException($"{where}: 'webResource' names {name}, a web resource of type {resource.Type}; a tile shows an HTML page (type 1).");
    }

    private static DashboardTile Tile(
        JsonElement tile, string where, SolutionMetadata metadata, IReadOnlyList<ChartDefinition> charts, IReadOnlyList<ViewDefinition> views)
    {
        var tableName = AppModuleJson.RequiredString(tile, "table", where);
        if (!metadata.TryGetTable(tableName, out var table) || !table.IsCustom)
        {
            throw new PackException($"{where}: 'table' names {tableName}, which is not a table of the solution (Solution/Tables).");
        }

        var viewName = AppModuleJson.OptionalString(tile, "view", where);
        var customViewText = AppModuleJson.OptionalString(tile, "customView", where);
        if ((viewName is null) == (customViewText is null))
        {
            throw new PackException($"{where}: give exactly one of 'view' (a generated view kind) and 'customView' (the id of a view of Solution/Views).");
        }

        ViewKind? view = null;
        Guid? customView = null;
        if (customViewText is not null)
        {
            customView = CustomView(customViewText, table, views, where);
        }
        else if (!Enum.TryParse<ViewKind>(viewName, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(viewName, out _))
        {
            throw new PackException($"{where}: 'view' is '{viewName}'; use one of {string.Join(", ", Enum.GetNames<ViewKind>())}.");
        }
        else if (kind == ViewKind.My && table.Ownership != OwnershipType.UserOwned)
        {
            throw new PackException($"{where}: {tableName} is organization-owned and has no My view.");
        }
        else
        {
            view = kind;
        }

        Guid? chart = null;
        if (AppModuleJson.OptionalString(tile, "chart", where) is { } chartText)
        {
            var id = AppModuleJson.ParseGuid(chartText, "chart", where);
            if (!charts.Any(c => c.Id == id && c.Table == table.LogicalName))
            {
                throw new PackException($"{where}: 'chart' names {id}, which is not a chart of {tableName} in Solution/Charts.");
            }

            chart = id;
        }

        return new DashboardTile
        {
            Label = AppModuleJson.RequiredLabel(tile, "label", where),
            Table = table.LogicalName,
            View = view,
            CustomView = customView,
            Chart = chart,
        };
    }

    private static Guid CustomView(string text, TableDefinition table, IReadOnlyList<ViewDefinition> views, string where)
    {
        var id = AppModuleJson.ParseGuid(text, "customView", where);
        var view = views.FirstOrDefault(v => v.Id == id)
            ?? throw new PackException($"{where}: 'customView' names {id}, which is not a view of {SolutionSource.Folder}/{ViewSource.Folder}.");
        return view.Table == table.LogicalName
            ? id
            : throw new PackException($"{where}: 'customView' names {id}, a view of {view.Table}, but the tile lists {table.LogicalName}.");
    }
}
