using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>The inline (local) option sets of bit, picklist, state and status attributes (solution-format 4.3).</summary>
public static class OptionSetWriter
{
    public static XElement Boolean(TableDefinition table, ColumnDefinition column)
    {
        var set = Header(table, column, "bit");
        set.Add(ExportXml.EmptyText("ExternalTypeName"));
        set.Add(Labels(column));
        // The export lists Yes (1) before No (0).
        set.Add(new XElement("options", column.Options.OrderByDescending(o => o.Value).Select(Option)));
        return set;
    }

    public static XElement Choice(TableDefinition table, ColumnDefinition column)
    {
        var set = Header(table, column, "picklist");
        set.Add(Labels(column));
        set.Add(new XElement("options", column.Options.Select(Option)));
        return set;
    }

    public static XElement State(TableDefinition table, ColumnDefinition column)
    {
        var statuses = table.FindColumn("statuscode")?.Options ?? [];
        var set = Header(table, column, "state");
        set.Add(Labels(column));
        set.Add(new XElement("states", column.Options.Select(state => new XElement(
            "state",
            new XAttribute("value", Text(state.Value)),
            new XAttribute("defaultstatus", Text(statuses.FirstOrDefault(s => s.State == state.Value && s.IsDefaultStatus)?.Value
                ?? statuses.First(s => s.State == state.Value).Value)),
            new XAttribute("invariantname", state.Name),
            LabelXml.Labels(state.Label)))));
        return set;
    }

    public static XElement Status(TableDefinition table, ColumnDefinition column)
    {
        var set = Header(table, column, "status");
        set.Add(Labels(column));
        set.Add(new XElement("statuses", column.Options.Select(status => new XElement(
            "status",
            new XAttribute("value", Text(status.Value)),
            new XAttribute("state", Text(status.State ?? 0)),
            LabelXml.Labels(status.Label)))));
        return set;
    }

    private static XElement Header(TableDefinition table, ColumnDefinition column, string type) => new(
        "optionset",
        new XAttribute("Name", table.LogicalName + "_" + column.LogicalName),
        new XElement("OptionSetType", type),
        new XElement("IntroducedVersion", PackContext.IntroducedVersion),
        new XElement("IsCustomizable", "1"));

    private static object[] Labels(ColumnDefinition column) =>
    [
        LabelXml.Collection("displaynames", "displayname", column.DisplayName),
        LabelXml.Collection("Descriptions", "Description", column.Description),
    ];

    private static XElement Option(ChoiceOption option) => new(
        "option",
        new XAttribute("value", Text(option.Value)),
        new XAttribute("ExternalValue", ""),
        new XAttribute("IsHidden", "0"),
        LabelXml.Labels(option.Label));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
