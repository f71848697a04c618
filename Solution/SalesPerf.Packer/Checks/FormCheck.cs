using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every form of the package: every control's column of a table the package defines whole exists there, and every
/// web resource of the package a control shows has its file in the zip. Strict (house style and references only the
/// package can resolve): element order as exported, names and tab and section labels in 1033 and 2052, every sub-grid on
/// a relationship from this table to the listed table with one of that table's views, every web-resource control on a
/// web resource of the package with its id (docs/packaging.md "Checks").
/// </summary>
public sealed class FormCheck : IPackageCheck
{
    /// <summary>The children of <c>form</c> in the order Apollo-M exports them.</summary>
    public static IReadOnlyList<string> FormOrder { get; } = ["tabs", "header", "footer", "events", "formLibraries", "DisplayConditions"];

    public string Rule => "forms";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var root = package.Customizations?.Root;
        if (root is null)
        {
            return [];
        }

        var problems = new List<string>();
        foreach (var form in PackageForms.All(package))
        {
            if (package.Strict)
            {
                CheckOrder(form, problems);
                CheckLabels(form, problems);
            }

            var body = form.SystemForm.Element("form");
            var controls = body?.Descendants("control").ToList() ?? [];
            CheckColumns(package, form, controls, problems);
            foreach (var grid in controls.Where(c => package.Strict && IsSubGrid(c)))
            {
                CheckSubGrid(root, form, grid, problems);
            }

            foreach (var control in controls.Where(c => IsClass(c, FormControlClasses.WebResource)))
            {
                CheckWebResource(package, root, form, control, problems);
            }
        }

        return problems;
    }

    private static void CheckOrder(PackageForm form, List<string> problems)
    {
        InOrder(form, form.SystemForm, "systemform", FormWriter.SystemFormOrder, problems);
        if (form.SystemForm.Element("form") is { } body)
        {
            InOrder(form, body, "form", FormOrder, problems);
        }
    }

    private static void InOrder(PackageForm form, XElement parent, string what, IReadOnlyList<string> order, List<string> problems)
    {
        var names = parent.Elements().Select(e => e.Name.LocalName).ToList();
        foreach (var unknown in names.Where(n => !order.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            problems.Add($"{form.Label}: {what} has the child <{unknown}>, which a 9.2 export does not write there (expected {string.Join(", ", order)}).");
        }

        var positions = names.Where(n => order.Contains(n, StringComparer.Ordinal)).Select(n => order.ToList().IndexOf(n)).ToList();
        for (var i = 1; i < positions.Count; i++)
        {
            if (positions[i] <= positions[i - 1])
            {
                problems.Add($"{form.Label}: the children of {what} are in the order {string.Join(", ", names)}; a 9.2 export writes {string.Join(", ", order)}.");
                return;
            }
        }
    }

    private static void CheckLabels(PackageForm form, List<string> problems)
    {
        var named = form.SystemForm.Element("LocalizedNames")?.Elements("LocalizedName").Select(n => (string?)n.Attribute("languagecode")).ToList() ?? [];
        if (!named.Contains("1033") || !named.Contains("2052"))
        {
            problems.Add($"{form.Label}: LocalizedNames needs a name in 1033 and in 2052.");
        }

        var body = form.SystemForm.Element("form");
        foreach (var element in body?.Descendants().Where(e => e.Name.LocalName is "tab" or "section") ?? [])
        {
            var languages = element.Element("labels")?.Elements("label")
                .Where(l => !string.IsNullOrWhiteSpace((string?)l.Attribute("description")))
                .Select(l => (string?)l.Attribute("languagecode")).ToList() ?? [];
            if (!languages.Contains("1033") || !languages.Contains("2052"))
            {
                problems.Add($"{form.Label}: {element.Name.LocalName} '{(string?)element.Attribute("name") ?? (string?)element.Attribute("id")}' needs a label in 1033 and in 2052.");
            }
        }
    }

    private static void CheckColumns(SolutionPackage package, PackageForm form, IEnumerable<XElement> controls, List<string> problems)
    {
        if (!package.Strict && !package.DefinesWhole(form.Table))
        {
            return;
        }

        var columns = package.ColumnsOf(form.Table);
        foreach (var control in controls)
        {
            var field = (string?)control.Attribute("datafieldname");
            if (field is null)
            {
                continue;
            }

            if (columns is null)
            {
                problems.Add($"{form.Label}: control '{(string?)control.Attribute("id")}' names the column {field} of a table the package does not define.");
            }
            else if (!columns.Contains(field))
            {
                problems.Add($"{form.Label}: control '{(string?)control.Attribute("id")}' names the column {form.Table}.{field}, which the table's metadata does not define.");
            }
        }
    }

    private static void CheckSubGrid(XElement root, PackageForm form, XElement grid, List<string> problems)
    {
        var label = $"{form.Label}: sub-grid '{(string?)grid.Attribute("id")}'";
        var parameters = grid.Element("parameters");
        var name = parameters?.Element("RelationshipName")?.Value ?? "";
        var target = parameters?.Element("TargetEntityType")?.Value ?? "";
        var relationship = root.Elements("EntityRelationships").Elements("EntityRelationship")
            .FirstOrDefault(r => (string?)r.Attribute("Name") == name);
        if (relationship is null)
        {
            problems.Add($"{label} names the relationship '{name}', which customizations.xml does not define.");
            return;
        }

        var referencing = relationship.Element("ReferencingEntityName")?.Value ?? "";
        var referenced = relationship.Element("ReferencedEntityName")?.Value ?? "";
        if (!string.Equals(referenced, form.Table, StringComparison.OrdinalIgnoreCase) || !string.Equals(referencing, target, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{label} lists {target} through the relationship '{name}', which relates {referencing} to {referenced}, not {target} to {form.Table}.");
        }

        var viewId = parameters?.Element("ViewId")?.Value;
        var targetViews = root.Elements("Entities").Elements("Entity")
            .Where(e => string.Equals(e.Element("Name")?.Value, target, StringComparison.OrdinalIgnoreCase))
            .Descendants("savedquery").Select(v => v.Element("savedqueryid")?.Value).OfType<string>()
            .Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).ToHashSet();
        if (!Guid.TryParse(viewId, out var view) || !targetViews.Contains(view))
        {
            problems.Add($"{label} shows the view {viewId ?? "(none)"}, which is not a view of {target} in the package.");
        }
    }

    private static void CheckWebResource(SolutionPackage package, XElement root, PackageForm form, XElement control, List<string> problems)
    {
        var label = $"{form.Label}: web resource control '{(string?)control.Attribute("id")}'";
        var url = control.Element("parameters")?.Element("Url")?.Value ?? "";
        var resource = root.Elements("WebResources").Elements("WebResource").FirstOrDefault(w => w.Element("Name")?.Value == url);
        if (resource is null)
        {
            if (package.Strict)
            {
                problems.Add($"{label} shows '{url}', which is not a web resource of the package.");
            }

            return;
        }

        var file = resource.Element("FileName")?.Value.TrimStart('/') ?? "";
        if (package.Entry(file) is null)
        {
            problems.Add($"{label} shows '{url}', whose file {file} the zip does not contain.");
        }

        var named = control.Element("parameters")?.Element("WebResourceId")?.Value;
        if (package.Strict && named is not null && (!Guid.TryParse(named, out var id) || !Guid.TryParse(resource.Element("WebResourceId")?.Value, out var actual) || id != actual))
        {
            problems.Add($"{label} gives the WebResourceId {named}, but '{url}' has the id {resource.Element("WebResourceId")?.Value}.");
        }
    }

    private static bool IsSubGrid(XElement control) =>
        IsClass(control, FormControlClasses.SubGrid) || (string?)control.Attribute("indicationOfSubgrid") == "true";

    private static bool IsClass(XElement control, string classId) =>
        string.Equals((string?)control.Attribute("classid"), classId, StringComparison.OrdinalIgnoreCase);
}
