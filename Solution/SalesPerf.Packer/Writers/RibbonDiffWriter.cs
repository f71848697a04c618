using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// A custom table's <c>RibbonDiffXml</c> (RibbonCore.xsd RibbonEntityDiffXmlType; solution-format 4.1): the empty skeleton,
/// or the table's buttons of Solution/Ribbons. Each button and location is a <c>CustomAction</c> with its
/// <c>Button</c>, a <c>CommandDefinition</c> whose <c>JavaScriptFunction</c> actions load the command libraries and call the
/// function (form: <c>PrimaryControl</c>; home grid: <c>SelectedControlSelectedItemIds</c> and <c>SelectedControl</c>),
/// an <c>EntityPrivilegeRule</c> display rule, form-state or selection-count enable rules, and the labels in 1033 and 2052.
/// </summary>
public sealed class RibbonDiffWriter : IEntityPartWriter
{
    public const int English = 1033;
    public const int Chinese = 2052;
    private const int FirstSequence = 1000;

    public XElement? Write(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var ribbon = context.Input.Ribbons.FirstOrDefault(r => r.Table == table.LogicalName);
        var buttons = ribbon?.Buttons ?? [];
        var placed = buttons.SelectMany(b => b.Locations.Select(l => (Button: b, Location: l))).ToList();
        return new XElement(
            "RibbonDiffXml",
            new XElement("CustomActions", placed.Select((p, i) => CustomAction(table.LogicalName, p.Button, p.Location, FirstSequence + (10 * i)))),
            new XElement("Templates", new XElement("RibbonTemplates", new XAttribute("Id", "Mscrm.Templates"), string.Empty)),
            new XElement("CommandDefinitions", placed.Select(p => Command(ribbon!, p.Button, p.Location))),
            new XElement(
                "RuleDefinitions",
                new XElement("TabDisplayRules"),
                new XElement("DisplayRules", buttons.Select(b => DisplayRule(table.LogicalName, b))),
                new XElement("EnableRules", placed.Select(p => EnableRule(table.LogicalName, p.Button, p.Location)).Where(r => r is not null)
                    .GroupBy(r => (string)r!.Attribute("Id")!, StringComparer.Ordinal).Select(g => g.First()))),
            new XElement("LocLabels", buttons.SelectMany(b => new[]
            {
                LocLabel(LabelId(table.LogicalName, b), b.Label),
                LocLabel(ToolTipId(table.LogicalName, b), b.ToolTip),
            })));
    }

    /// <summary>The platform location of a button (the command bar group it joins).</summary>
    public static string LocationOf(string table, RibbonLocation location) => location switch
    {
        RibbonLocation.Form => $"Mscrm.Form.{table}.MainTab.Save.Controls._children",
        _ => $"Mscrm.HomepageGrid.{table}.MainTab.Management.Controls._children",
    };

    public static string CommandId(string table, RibbonButton button, RibbonLocation location) => $"{Prefix(table, button)}.{location}.Command";

    public static string DisplayRuleId(string table, RibbonButton button) => $"{Prefix(table, button)}.DisplayRule";

    /// <summary>The enable rule of a location: the form holds a saved record, or the grid has the rows the button needs.</summary>
    public static string? EnableRuleId(string table, RibbonButton button, RibbonLocation location) => (location, button.Selection) switch
    {
        (RibbonLocation.Form, _) => $"spm.{table}.FormExisting.EnableRule",
        (_, RibbonSelection.One) => $"spm.{table}.SelectOne.EnableRule",
        (_, RibbonSelection.Many) => $"spm.{table}.SelectMany.EnableRule",
        _ => null,
    };

    private static string Prefix(string table, RibbonButton button) => $"spm.{table}.{button.Name}";

    private static string LabelId(string table, RibbonButton button) => $"{Prefix(table, button)}.LabelText";

    private static string ToolTipId(string table, RibbonButton button) => $"{Prefix(table, button)}.ToolTip";

    private static XElement CustomAction(string table, RibbonButton button, RibbonLocation location, int sequence) => new(
        "CustomAction",
        new XAttribute("Id", $"{Prefix(table, button)}.{location}.CustomAction"),
        new XAttribute("Location", LocationOf(table, location)),
        new XAttribute("Sequence", sequence),
        new XElement("CommandUIDefinition", new XElement(
            "Button",
            new XAttribute("Alt", "$LocLabels:" + LabelId(table, button)),
            new XAttribute("Command", CommandId(table, button, location)),
            new XAttribute("Id", $"{Prefix(table, button)}.{location}.Button"),
            new XAttribute("LabelText", "$LocLabels:" + LabelId(table, button)),
            new XAttribute("Sequence", sequence),
            new XAttribute("TemplateAlias", "o1"),
            new XAttribute("ToolTipTitle", "$LocLabels:" + LabelId(table, button)),
            new XAttribute("ToolTipDescription", "$LocLabels:" + ToolTipId(table, button)))));

    private static XElement Command(RibbonDefinition ribbon, RibbonButton button, RibbonLocation location)
    {
        var enable = EnableRuleId(ribbon.Table, button, location);
        var parameters = location == RibbonLocation.Form
            ? new[] { "PrimaryControl" }
            : new[] { "SelectedControlSelectedItemIds", "SelectedControl" };
        return new XElement(
            "CommandDefinition",
            new XAttribute("Id", CommandId(ribbon.Table, button, location)),
            new XElement("EnableRules", enable is null ? null : new XElement("EnableRule", new XAttribute("Id", enable))),
            new XElement("DisplayRules", new XElement("DisplayRule", new XAttribute("Id", DisplayRuleId(ribbon.Table, button)))),
            new XElement(
                "Actions",
                ribbon.Libraries.Take(ribbon.Libraries.Count - 1).Select(library => Function(library, "isNaN", [])),
                Function(ribbon.CommandLibrary, button.Function, parameters)));
    }

    private static XElement Function(string library, string name, IEnumerable<string> parameters) => new(
        "JavaScriptFunction",
        new XAttribute("FunctionName", name),
        new XAttribute("Library", "$webresource:" + library),
        parameters.Select(p => new XElement("CrmParameter", new XAttribute("Value", p))));

    private static XElement DisplayRule(string table, RibbonButton button) => new(
        "DisplayRule",
        new XAttribute("Id", DisplayRuleId(table, button)),
        new XElement(
            "EntityPrivilegeRule",
            new XAttribute("EntityName", button.Privilege.Table),
            new XAttribute("PrivilegeDepth", button.Privilege.Depth),
            new XAttribute("PrivilegeType", button.Privilege.Privilege)));

    private static XElement? EnableRule(string table, RibbonButton button, RibbonLocation location)
    {
        var id = EnableRuleId(table, button, location);
        if (id is null)
        {
            return null;
        }

        XElement rule = (location, button.Selection) switch
        {
            (RibbonLocation.Form, _) => new XElement("FormStateRule", new XAttribute("State", "Existing")),
            (_, RibbonSelection.One) => new XElement("SelectionCountRule", new XAttribute("AppliesTo", "SelectedEntity"), new XAttribute("Maximum", 1), new XAttribute("Minimum", 1)),
            _ => new XElement("SelectionCountRule", new XAttribute("AppliesTo", "SelectedEntity"), new XAttribute("Minimum", 1)),
        };
        return new XElement("EnableRule", new XAttribute("Id", id), rule);
    }

    private static XElement LocLabel(string id, Label label) => new(
        "LocLabel",
        new XAttribute("Id", id),
        new XElement(
            "Titles",
            new XElement("Title", new XAttribute("description", label.English), new XAttribute("languagecode", English)),
            new XElement("Title", new XAttribute("description", label.Chinese), new XAttribute("languagecode", Chinese))));
}
