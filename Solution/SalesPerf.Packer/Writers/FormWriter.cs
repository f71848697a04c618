using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Steps;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// <c>FormXml/forms type="main"/systemform</c> of a custom table from its Solution/Forms source, in the element order of
/// Apollo-M's InvoiceLine main form (solution-format 5). Every label in 1033 and 2052. Computed and platform-maintained
/// columns are written <c>disabled="true"</c>: the engine or the platform writes them, never a user.
/// </summary>
public sealed class FormWriter : IEntityPartWriter
{
    /// <summary>The children of <c>systemform</c>, as Apollo-M exports a main form.</summary>
    public static IReadOnlyList<string> SystemFormOrder { get; } =
        ["formid", "IntroducedVersion", "FormPresentation", "FormActivationState", "form", "IsCustomizable", "CanBeDeleted", "LocalizedNames", "Descriptions"];

    /// <summary>The children of <c>form</c> the packer writes, in Apollo-M's order (it adds a footer after the header).</summary>
    public static IReadOnlyList<string> FormOrder { get; } = ["tabs", "header", "events", "formLibraries", "DisplayConditions"];

    public XElement? Write(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var form = context.Input.Forms.FirstOrDefault(f => f.Table == table.LogicalName);
        if (form is null)
        {
            return null;
        }

        return new XElement("FormXml", new XElement("forms", new XAttribute("type", "main"), SystemForm(form, table, context)));
    }

    private static XElement SystemForm(FormDefinition form, TableDefinition table, PackContext context)
    {
        var body = new XElement(
            "form",
            new XAttribute("headerdensity", "HighWithControls"),
            new XElement("tabs", form.Tabs.Select(tab => Tab(form, tab, table, context))));
        if (form.Header.Count > 0)
        {
            body.Add(new XElement(
                "header",
                new XAttribute("id", Id(form, "header", "header")),
                new XAttribute("celllabelposition", "Top"),
                new XAttribute("columns", new string('1', form.Header.Count)),
                new XAttribute("labelwidth", "115"),
                new XAttribute("celllabelalignment", "Left"),
                new XElement("rows", new XElement("row", form.Header.Select(field => FieldCell(form, table, field, "header_"))))));
        }

        body.Add(Events(form), Libraries(form, context));
        body.Add(new XElement("DisplayConditions", new XAttribute("Order", "0"), new XAttribute("FallbackForm", "true"), new XElement("Everyone")));

        return new XElement(
            "systemform",
            new XElement("formid", ExportXml.Braced(form.Id)),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            new XElement("FormPresentation", "1"),
            new XElement("FormActivationState", "1"),
            body,
            new XElement("IsCustomizable", "1"),
            new XElement("CanBeDeleted", "1"),
            LabelXml.Collection("LocalizedNames", "LocalizedName", form.Name),
            LabelXml.Collection("Descriptions", "Description", form.Description));
    }

    private static XElement Tab(FormDefinition form, FormTab tab, TableDefinition table, PackContext context) => new(
        "tab",
        new XAttribute("verticallayout", "true"),
        new XAttribute("id", Id(form, "tab", tab.Name)),
        new XAttribute("IsUserDefined", "1"),
        new XAttribute("name", tab.Name),
        Labels(tab.Label),
        new XElement("columns", new XElement("column", new XAttribute("width", "100%"), new XElement(
            "sections", tab.Sections.Select(section => Section(form, section, table, context))))));

    private static XElement Section(FormDefinition form, FormSection section, TableDefinition table, PackContext context)
    {
        var rows = new XElement("rows");
        if (section.SubGrid is not null)
        {
            rows.Add(new XElement("row", SubGridCell(form, section.SubGrid, table, context)));
        }
        else if (section.WebResource is not null)
        {
            // A web resource spans Rows form rows; the rows below it stay empty so the frame gets the height.
            rows.Add(new XElement("row", WebResourceCell(form, section.WebResource, context)));
            rows.Add(Enumerable.Range(1, section.WebResource.Rows - 1).Select(_ => new XElement("row")));
        }
        else
        {
            rows.Add(section.Fields.Select(field => new XElement("row", FieldCell(form, table, field, ""))));
        }

        return new XElement(
            "section",
            new XAttribute("showlabel", "true"),
            new XAttribute("showbar", "false"),
            new XAttribute("IsUserDefined", "0"),
            new XAttribute("id", Id(form, "section", section.Name)),
            new XAttribute("name", section.Name),
            Labels(section.Label),
            rows);
    }

    private static XElement FieldCell(FormDefinition form, TableDefinition table, string field, string controlPrefix)
    {
        var column = table.FindColumn(field)
            ?? throw new PackException($"{form.SourceFile}: the field '{field}' is not a column of {table.LogicalName}.");
        var classId = FormControlClasses.For(column)
            ?? throw new PackException($"{form.SourceFile}: the field '{field}' is a {column.Type} column, for which no form control class id is confirmed (solution-format 5).");
        var control = new XElement(
            "control",
            new XAttribute("id", controlPrefix + field),
            new XAttribute("classid", classId),
            new XAttribute("datafieldname", field));
        if (IsReadOnly(column))
        {
            control.Add(new XAttribute("disabled", "true"));
        }

        return new XElement("cell", new XAttribute("id", Id(form, "cell", controlPrefix + field)), Labels(column.DisplayName), control);
    }

    /// <summary>Computed columns (written only by the engine) and columns the platform maintains are read-only on every form.</summary>
    public static bool IsReadOnly(ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.IsComputed || column.IsPlatformMaintained || (!column.IsValidForCreate && !column.IsValidForUpdate);
    }

    private static XElement SubGridCell(FormDefinition form, FormSubGrid grid, TableDefinition table, PackContext context)
    {
        var listed = context.Input.Metadata.TryGetTable(grid.Table, out var target) && target.IsCustom
            ? target
            : throw new PackException($"{form.SourceFile}: the sub-grid '{grid.Name}' lists '{grid.Table}', which is not a SalesPerf table.");
        var relationship = RelationshipWriter.Relationships(context).FirstOrDefault(r => r.Name == grid.Relationship);
        if (relationship is null
            || relationship.ReferencingEntity != SchemaNames.Table(listed)
            || relationship.ReferencedEntity != SchemaNames.Table(table))
        {
            throw new PackException(
                $"{form.SourceFile}: the sub-grid '{grid.Name}' names the relationship '{grid.Relationship}', which is not a relationship from {table.LogicalName} to {grid.Table}.");
        }

        var viewId = ExportXml.Braced(ViewWriter.ViewId(listed, grid.View)).ToUpperInvariant();
        return new XElement(
            "cell",
            new XAttribute("id", Id(form, "cell", grid.Name)),
            new XAttribute("showlabel", "true"),
            new XAttribute("rowspan", "1"),
            new XAttribute("colspan", "1"),
            new XAttribute("auto", "false"),
            Labels(grid.Label),
            new XElement(
                "control",
                new XAttribute("id", grid.Name),
                new XAttribute("classid", FormControlClasses.SubGrid),
                new XAttribute("indicationOfSubgrid", "true"),
                new XElement(
                    "parameters",
                    new XElement("RecordsPerPage", grid.RecordsPerPage.ToString(CultureInfo.InvariantCulture)),
                    new XElement("AutoExpand", "Fixed"),
                    new XElement("EnableQuickFind", "false"),
                    new XElement("EnableViewPicker", "false"),
                    new XElement("EnableChartPicker", "false"),
                    new XElement("ChartGridMode", "Grid"),
                    new XElement("RelationshipName", grid.Relationship),
                    new XElement("TargetEntityType", grid.Table),
                    new XElement("ViewId", viewId),
                    new XElement("ViewIds", viewId))));
    }

    private static XElement WebResourceCell(FormDefinition form, FormWebResource control, PackContext context)
    {
        var resource = context.Input.WebResources.FirstOrDefault(w => w.Name == control.WebResource)
            ?? throw new PackException($"{form.SourceFile}: the web resource control '{control.Name}' shows '{control.WebResource}', which WebResources/webresources.json does not list.");
        if (resource.Type != 1)
        {
            throw new PackException($"{form.SourceFile}: the web resource control '{control.Name}' shows '{control.WebResource}', which is not an HTML web resource.");
        }

        return new XElement(
            "cell",
            new XAttribute("id", Id(form, "cell", "WebResource_" + control.Name)),
            new XAttribute("showlabel", "false"),
            new XAttribute("rowspan", control.Rows.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("colspan", "1"),
            new XAttribute("auto", "false"),
            Labels(control.Label),
            new XElement(
                "control",
                new XAttribute("id", "WebResource_" + control.Name),
                new XAttribute("classid", FormControlClasses.WebResource),
                new XElement(
                    "parameters",
                    new XElement("Url", resource.Name),
                    new XElement("PassParameters", "true"),
                    new XElement("ShowOnMobileClient", "false"),
                    new XElement("Security", "false"),
                    new XElement("Scrolling", "auto"),
                    new XElement("Border", "false"),
                    new XElement("WebResourceId", ExportXml.Braced(resource.Id).ToUpperInvariant()))));
    }

    /// <summary>
    /// <c>events/event</c> per event (and column, for onchange), each handler with a stable <c>handlerUniqueId</c>,
    /// <c>enabled</c> and <c>passExecutionContext</c>; <c>application="false"</c> marks a customer's handler.
    /// </summary>
    private static XElement? Events(FormDefinition form) => form.Handlers.Count == 0 ? null : new XElement(
        "events",
        form.Handlers.GroupBy(h => (h.Event, h.Attribute)).Select(group => new XElement(
            "event",
            new XAttribute("name", group.Key.Event),
            new XAttribute("application", "false"),
            new XAttribute("active", "false"),
            group.Key.Attribute is null ? null : new XAttribute("attribute", group.Key.Attribute),
            new XElement("Handlers", group.Select(handler => new XElement(
                "Handler",
                new XAttribute("functionName", handler.Function),
                new XAttribute("libraryName", handler.Library),
                new XAttribute("handlerUniqueId", Id(form, "handler", handler.Event + "/" + handler.Attribute + "/" + handler.Function)),
                new XAttribute("enabled", "true"),
                new XAttribute("parameters", string.Empty),
                new XAttribute("passExecutionContext", "true")))))));

    /// <summary><c>formLibraries/Library</c>: each a JScript web resource of the package, with a stable <c>libraryUniqueId</c>.</summary>
    private static XElement? Libraries(FormDefinition form, PackContext context)
    {
        if (form.Libraries.Count == 0)
        {
            return null;
        }

        foreach (var library in form.Libraries.Where(l => !context.Input.WebResources.Any(w => w.Name == l && w.Type == 3)))
        {
            throw new PackException($"{form.SourceFile}: the form library '{library}' is not a JScript web resource of WebResources/webresources.json.");
        }

        return new XElement("formLibraries", form.Libraries.Select(library => new XElement(
            "Library",
            new XAttribute("name", library),
            new XAttribute("libraryUniqueId", Id(form, "library", library)))));
    }

    /// <summary>The FormXml of a platform table the solution adds a main form to (the form is new and complete, never a diff).</summary>
    public static XElement ExtensionFormXml(TableDefinition table, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var form = context.Input.Forms.FirstOrDefault(f => f.Table == table.LogicalName);
        return form is null
            ? new XElement("FormXml")
            : new XElement("FormXml", new XElement("forms", new XAttribute("type", "main"), SystemForm(form, table, context)));
    }

    private static XElement Labels(Label label) => LabelXml.Labels(label);

    /// <summary>Tab, section and cell ids derived from the form id and the element's name: the same on every pack.</summary>
    private static string Id(FormDefinition form, string kind, string name) => ExportXml.Braced(StableIds.Derive(form.Id, kind, name));
}
