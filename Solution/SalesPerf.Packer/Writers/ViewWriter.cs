using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Steps;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>SavedQueries/savedqueries</c> of a custom table, generated from its metadata in the shape of Apollo-M's
/// InvoiceLine views (solution-format 6): Active (default), Inactive, Advanced Find, Associated, Quick Find, Lookup,
/// and My (user-owned tables only). Layout and FetchXML are inline XML.
/// </summary>
public sealed class ViewWriter : IEntityPartWriter
{
    // Scope of the derived view ids: fixed, so every pack gives a view the same savedqueryid.
    private static readonly Guid ViewScope = new("3c1e5b0a-7f2d-4b8e-9a61-2d4f8c0b7e15");

    private const int MaxGridColumns = 5;

    public XElement? Write(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var kinds = new List<ViewKind> { ViewKind.Active, ViewKind.Inactive, ViewKind.AdvancedFind, ViewKind.Associated, ViewKind.QuickFind, ViewKind.Lookup };
        if (table.Ownership == OwnershipType.UserOwned)
        {
            kinds.Add(ViewKind.My);
        }

        // Custom views of Solution/Views follow the generated ones (docs/solution-source.md "Views").
        var custom = context.Input.Views.Where(v => v.Table == table.LogicalName).Select(v => CustomViewXml.Write(v, table));
        return new XElement("SavedQueries", new XElement("savedqueries", kinds.Select(kind => View(table, kind)), custom));
    }

    public static Guid ViewId(TableDefinition table, ViewKind kind)
    {
        ArgumentNullException.ThrowIfNull(table);
        return StableIds.Derive(ViewScope, "savedquery", table.LogicalName + ":" + kind);
    }

    private static XElement View(TableDefinition table, ViewKind kind)
    {
        var isMine = kind == ViewKind.My;
        var view = new XElement(
            "savedquery",
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", isMine ? "1" : "0"),
            new XElement("isquickfindquery", kind == ViewKind.QuickFind ? "1" : "0"),
            new XElement("isprivate", "0"),
            new XElement("isdefault", kind == ViewKind.Inactive ? "0" : "1"),
            new XElement("savedqueryid", ExportXml.Braced(ViewId(table, kind))));
        if (!isMine)
        {
            view.Add(new XElement("layoutxml", Layout(table, kind)));
        }

        view.Add(
            new XElement("querytype", QueryType(kind).ToString(CultureInfo.InvariantCulture)),
            new XElement("fetchxml", Fetch(table, kind)),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            LabelXml.Collection("LocalizedNames", "LocalizedName", Name(table, kind)));
        if (isMine)
        {
            view.Add(LabelXml.Collection("Descriptions", "Description", new Label(
                $"Active {table.PluralName.English} owned by me", $"我负责的活动{table.PluralName.Chinese}")));
        }

        return view;
    }

    private static int QueryType(ViewKind kind) => kind == ViewKind.Inactive ? 0 : (int)kind;

    private static XElement Layout(TableDefinition table, ViewKind kind)
    {
        // Associated and lookup views name the grid and row after the table (Apollo-M).
        var related = kind is ViewKind.Associated or ViewKind.Lookup;
        return new XElement(
            "grid",
            new XAttribute("name", related ? EntityWriter.EntitySetName(table.LogicalName) : "resultset"),
            new XAttribute("jump", table.PrimaryNameAttribute),
            new XAttribute("select", "1"),
            new XAttribute("icon", "1"),
            new XAttribute("preview", kind == ViewKind.Lookup ? "0" : "1"),
            new XElement(
                "row",
                new XAttribute("name", related ? table.LogicalName : "result"),
                new XAttribute("id", table.PrimaryIdAttribute),
                GridColumns(table, kind).Select(c => new XElement(
                    "cell",
                    new XAttribute("name", c.LogicalName),
                    new XAttribute("width", c.LogicalName == table.PrimaryNameAttribute ? "300" : "150")))));
    }

    /// <summary>The primary name, then (on the main view) the first declared columns worth a grid, then createdon.</summary>
    public static IReadOnlyList<ColumnDefinition> GridColumns(TableDefinition table, ViewKind kind)
    {
        ArgumentNullException.ThrowIfNull(table);
        var columns = new List<ColumnDefinition> { table.FindColumn(table.PrimaryNameAttribute)! };
        if (kind == ViewKind.Active)
        {
            columns.AddRange(table.Columns
                .Where(c => c.IsCustom && !c.IsBaseCurrencyCompanion && c.LogicalName != table.PrimaryNameAttribute
                    && c.Type is not (ColumnType.Memo or ColumnType.MultiChoice))
                .Take(MaxGridColumns - 2));
            if (table.Ownership == OwnershipType.UserOwned)
            {
                columns.Add(table.FindColumn("ownerid")!);
            }
        }
        else
        {
            columns.Add(table.FindColumn("createdon")!);
        }

        return columns;
    }

    private static XElement Fetch(TableDefinition table, ViewKind kind)
    {
        var entity = new XElement("entity", new XAttribute("name", table.LogicalName));
        entity.Add(Attribute(table.PrimaryIdAttribute));
        if (kind != ViewKind.My)
        {
            entity.Add(GridColumns(table, kind).Select(c => Attribute(c.LogicalName)));
        }

        if (kind is not (ViewKind.Lookup or ViewKind.My))
        {
            entity.Add(new XElement("order", new XAttribute("attribute", table.PrimaryNameAttribute), new XAttribute("descending", "false")));
        }

        if (kind != ViewKind.AdvancedFind)
        {
            var filter = new XElement("filter", new XAttribute("type", "and"), Condition("statecode", "eq", kind == ViewKind.Inactive ? "1" : "0"));
            if (kind == ViewKind.My)
            {
                filter.Add(new XElement("condition", new XAttribute("attribute", "ownerid"), new XAttribute("operator", "eq-userid")));
            }

            entity.Add(filter);
        }

        if (kind == ViewKind.QuickFind)
        {
            entity.Add(new XElement(
                "filter",
                new XAttribute("type", "or"),
                new XAttribute("isquickfindfields", "1"),
                QuickFindColumns(table).Select(c => Condition(c, "like", "{0}"))));
        }

        return new XElement("fetch", new XAttribute("version", "1.0"), new XAttribute("mapping", "logical"), entity);
    }

    /// <summary>The text columns a quick find searches: the primary name and the other single-line text columns of the solution.</summary>
    public static IEnumerable<string> QuickFindColumns(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Columns.Where(c => c.IsCustom && c.Type == ColumnType.String).Select(c => c.LogicalName)
            .Prepend(table.PrimaryNameAttribute).Distinct(StringComparer.Ordinal);
    }

    private static XElement Attribute(string name) => new("attribute", new XAttribute("name", name));

    private static XElement Condition(string attribute, string @operator, string value) => new(
        "condition", new XAttribute("attribute", attribute), new XAttribute("operator", @operator), new XAttribute("value", value));

    private static Label Name(TableDefinition table, ViewKind kind)
    {
        var (one, many) = (table.DisplayName, table.PluralName);
        return kind switch
        {
            ViewKind.Active => new Label($"Active {many.English}", $"活动{many.Chinese}"),
            ViewKind.Inactive => new Label($"Inactive {many.English}", $"停用{many.Chinese}"),
            ViewKind.AdvancedFind => new Label($"{one.English} Advanced Find View", $"{one.Chinese}高级查找视图"),
            ViewKind.Associated => new Label($"{one.English} Associated View", $"{one.Chinese}关联视图"),
            ViewKind.QuickFind => new Label($"Quick Find Active {many.English}", $"快速查找活动{many.Chinese}"),
            ViewKind.Lookup => new Label($"{one.English} Lookup View", $"{one.Chinese}查找视图"),
            ViewKind.My => new Label($"My {many.English}", $"我的{many.Chinese}"),
            _ => throw new PackException($"Unknown view kind {kind}."),
        };
    }
}
