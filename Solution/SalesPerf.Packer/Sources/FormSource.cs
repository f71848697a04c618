using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SalesPerf.Packer.Writers;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// Reads Solution/Forms/&lt;table&gt;.main.json, one main form per SalesPerf table (docs/solution-source.md "Forms").
/// Unknown properties, missing labels and duplicate names are errors; the columns themselves are checked against the
/// table metadata when the form is written (<see cref="FormWriter"/>) and again in the zip (Checks/FormCheck).
/// </summary>
public static class FormSource
{
    public const string Folder = "Forms";
    public const string MainSuffix = ".main.json";

    private static readonly string[] FormProperties = ["table", "id", "name", "description", "header", "tabs", "libraries", "handlers"];
    private static readonly string[] HandlerProperties = ["event", "library", "function", "attribute"];
    private static readonly string[] Events = ["onload", "onsave", "onchange"];
    private static readonly string[] TabProperties = ["name", "label", "sections"];
    private static readonly string[] SectionProperties = ["name", "label", "fields", "subgrid", "webResource"];
    private static readonly string[] SubGridProperties = ["relationship", "table", "view", "recordsPerPage"];
    private static readonly string[] WebResourceProperties = ["name", "rows"];

    /// <summary>The forms of <paramref name="solutionFolder"/>/Forms, by table; every table of Tables/ must have its main form.</summary>
    /// <exception cref="PackException">A form file is missing or malformed; the message names the file and the property.</exception>
    public static IReadOnlyList<FormDefinition> Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var folder = Path.Combine(solutionFolder, Folder);
        var forms = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];

        var tablesFolder = Path.Combine(solutionFolder, SolutionModel.SolutionSource.CustomTablesFolder);
        var tables = Directory.Exists(tablesFolder)
            ? Directory.EnumerateFiles(tablesFolder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var table in tables.Where(t => forms.All(f => f.Table != t)))
        {
            throw new PackException($"{Folder}/{table}{MainSuffix} does not exist: every SalesPerf table needs a main form (Tables/{table}.json).");
        }

        foreach (var duplicate in forms.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            throw new PackException($"{string.Join(" and ", duplicate.Select(f => f.SourceFile))} use the same form id {duplicate.Key}; each form needs its own.");
        }

        return forms.OrderBy(f => f.Table, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>One form file.</summary>
    public static FormDefinition Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = Folder + "/" + Path.GetFileName(path);
        if (!file.EndsWith(MainSuffix, StringComparison.Ordinal))
        {
            throw new PackException($"{file}: a form file is named <table>{MainSuffix}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException exception)
        {
            throw new PackException($"{file} is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            var root = new Node(document.RootElement, file, "$");
            root.OnlyProperties(FormProperties);
            var table = root.RequiredString("table");
            var expected = Path.GetFileName(path)[..^MainSuffix.Length];
            if (table != expected)
            {
                throw root.Error("table", $"'{table}' must equal the file name's table '{expected}'.");
            }

            var tabs = root.RequiredArray("tabs").Select(ReadTab).ToList();
            if (tabs.Count == 0)
            {
                throw root.Error("tabs", "a form needs at least one tab.");
            }

            var form = new FormDefinition
            {
                Table = table,
                Id = root.RequiredGuid("id"),
                Name = root.RequiredLabel("name"),
                Description = root.OptionalLabel("description"),
                Header = root.OptionalArray("header").Select(n => n.String()).ToList().AsReadOnly(),
                Tabs = tabs.AsReadOnly(),
                Libraries = root.OptionalArray("libraries").Select(n => n.String()).ToList().AsReadOnly(),
                Handlers = root.OptionalArray("handlers").Select(ReadHandler).ToList().AsReadOnly(),
                SourceFile = file,
            };
            foreach (var handler in form.Handlers.Where(h => !form.Libraries.Contains(h.Library, StringComparer.Ordinal)))
            {
                throw root.Error("handlers", $"the handler {handler.Function} calls the library '{handler.Library}', which 'libraries' does not list.");
            }

            RejectDuplicates(form);
            return form;
        }
    }

    private static FormHandler ReadHandler(Node handler)
    {
        handler.OnlyProperties(HandlerProperties);
        var name = handler.RequiredString("event");
        if (!Events.Contains(name, StringComparer.Ordinal))
        {
            throw handler.Error("event", $"'{name}' is not one of {string.Join(", ", Events)}.");
        }

        var attribute = handler.Has("attribute") ? handler.RequiredString("attribute") : null;
        if ((name == "onchange") != (attribute is not null))
        {
            throw handler.Error("attribute", "an onchange handler names its column in 'attribute'; onload and onsave handlers do not.");
        }

        return new FormHandler(name, handler.RequiredString("library"), handler.RequiredString("function"), attribute);
    }

    private static FormTab ReadTab(Node tab)
    {
        tab.OnlyProperties(TabProperties);
        var sections = tab.RequiredArray("sections").Select(ReadSection).ToList();
        if (sections.Count == 0)
        {
            throw tab.Error("sections", "a tab needs at least one section.");
        }

        return new FormTab(tab.RequiredName("name"), tab.RequiredLabel("label"), sections.AsReadOnly());
    }

    private static FormSection ReadSection(Node section)
    {
        section.OnlyProperties(SectionProperties);
        var name = section.RequiredName("name");
        var label = section.RequiredLabel("label");
        var kinds = new[] { "fields", "subgrid", "webResource" }.Where(section.Has).ToList();
        if (kinds.Count != 1)
        {
            throw section.Error("", "a section holds exactly one of 'fields', 'subgrid' or 'webResource'.");
        }

        return kinds[0] switch
        {
            "fields" => new FormSection(name, label) { Fields = ReadFields(section) },
            "subgrid" => new FormSection(name, label) { SubGrid = ReadSubGrid(section.Object("subgrid"), name, label) },
            _ => new FormSection(name, label) { WebResource = ReadWebResource(section.Object("webResource"), name, label) },
        };
    }

    private static IReadOnlyList<string> ReadFields(Node section)
    {
        var fields = section.RequiredArray("fields").Select(n => n.String()).ToList();
        if (fields.Count == 0)
        {
            throw section.Error("fields", "a field section needs at least one column.");
        }

        return fields.AsReadOnly();
    }

    private static FormSubGrid ReadSubGrid(Node grid, string name, Label label)
    {
        grid.OnlyProperties(SubGridProperties);
        var viewText = grid.RequiredString("view");
        if (!Enum.TryParse<ViewKind>(viewText, ignoreCase: false, out var view) || !Enum.IsDefined(view) || int.TryParse(viewText, out _))
        {
            throw grid.Error("view", $"'{viewText}' is not a view kind ({string.Join(", ", Enum.GetNames<ViewKind>())}).");
        }

        var recordsPerPage = grid.OptionalInt("recordsPerPage") ?? 10;
        if (recordsPerPage is < 1 or > 250)
        {
            throw grid.Error("recordsPerPage", "must be 1 to 250.");
        }

        return new FormSubGrid(name, label, grid.RequiredString("relationship"), grid.RequiredString("table"), view) { RecordsPerPage = recordsPerPage };
    }

    private static FormWebResource ReadWebResource(Node control, string name, Label label)
    {
        control.OnlyProperties(WebResourceProperties);
        var rows = control.OptionalInt("rows") ?? 12;
        if (rows is < 1 or > 40)
        {
            throw control.Error("rows", "must be 1 to 40.");
        }

        return new FormWebResource(name, label, control.RequiredString("name"), rows);
    }

    private static void RejectDuplicates(FormDefinition form)
    {
        void Reject(string what, IEnumerable<string> names)
        {
            var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new PackException($"{form.SourceFile}: the {what} '{duplicate.Key}' appears twice; names on a form must be unique.");
            }
        }

        Reject("tab", form.Tabs.Select(t => t.Name));
        Reject("section", form.Tabs.SelectMany(t => t.Sections).Select(s => s.Name));
        Reject("field", form.Tabs.SelectMany(t => t.Sections).SelectMany(s => s.Fields));
        Reject("header field", form.Header);
        var sections = form.Tabs.SelectMany(t => t.Sections).ToList();
        Reject("control", sections.SelectMany(s => s.Fields)
            .Concat(sections.Select(s => s.SubGrid?.Name).OfType<string>())
            .Concat(sections.Select(s => s.WebResource is null ? null : "WebResource_" + s.WebResource.Name).OfType<string>()));
    }

    /// <summary>A JSON value with its file and JSON path, so every error names both.</summary>
    private sealed class Node(JsonElement element, string file, string path)
    {
        public bool Has(string property) => element.TryGetProperty(property, out _);

        public PackException Error(string property, string message) =>
            new($"{file} {(property.Length == 0 ? path : path + "." + property)}: {message}");

        public void OnlyProperties(string[] allowed)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error("", "must be an object.");
            }

            foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name, StringComparer.Ordinal)))
            {
                throw Error(property.Name, $"unknown property (allowed: {string.Join(", ", allowed)}).");
            }
        }

        public string String() => element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString())
            ? element.GetString()!
            : throw new PackException($"{file} {path}: must be a non-empty string.");

        public string RequiredString(string property) => Child(property).String();

        /// <summary>A tab, section or control name: lower-case letters, digits and '_'.</summary>
        public string RequiredName(string property)
        {
            var name = RequiredString(property);
            if (!name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw Error(property, $"'{name}' may hold only lower-case letters, digits and '_'.");
            }

            return name;
        }

        public Guid RequiredGuid(string property) =>
            Guid.TryParse(RequiredString(property), out var id) && id != Guid.Empty ? id : throw Error(property, "must be a non-empty GUID.");

        public int? OptionalInt(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : throw Error(property, "must be a whole number.");
        }

        public Label RequiredLabel(string property) => OptionalLabel(property) ?? throw Error(property, "a label { \"en\", \"zh\" } is required.");

        public Label? OptionalLabel(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return null;
            }

            var label = Child(property);
            label.OnlyProperties(["en", "zh"]);
            if (!label.Has("en") || !label.Has("zh"))
            {
                throw Error(property, "needs both 'en' and 'zh'.");
            }

            return new Label(label.RequiredString("en"), label.RequiredString("zh"));
        }

        public Node Object(string property) => Child(property);

        public IEnumerable<Node> RequiredArray(string property) =>
            element.TryGetProperty(property, out _) ? OptionalArray(property) : throw Error(property, "is required.");

        public IEnumerable<Node> OptionalArray(string property)
        {
            if (!element.TryGetProperty(property, out var value))
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(property, "must be an array.");
            }

            return value.EnumerateArray().Select((item, index) => new Node(item, file, $"{path}.{property}[{index}]")).ToList();
        }

        private Node Child(string property) =>
            element.TryGetProperty(property, out var value) ? new Node(value, file, path + "." + property) : throw Error(property, "is required.");
    }
}
