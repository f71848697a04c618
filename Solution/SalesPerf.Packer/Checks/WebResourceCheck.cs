using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Every WebResource in customizations.xml has an id and its file in the zip, and every type-61 root component is a
/// WebResource of customizations.xml (solution-format 1.1, 2.6, 10). Strict: the file is named as an export names it,
/// every WebResource has its root component, and every file under WebResources/ belongs to a WebResource.
/// </summary>
public sealed class WebResourceCheck : IPackageCheck
{
    private const string Folder = "WebResources/";

    public string Rule => "web resources";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var resources = package.Customizations?.Root?.Elements("WebResources").Elements("WebResource").ToList() ?? [];
        var entries = package.Entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var rootNames = package.Manifest?.Root?.Element("SolutionManifest")?.Element("RootComponents")?.Elements("RootComponent")
            .Where(r => (string?)r.Attribute("type") == RootComponent.WebResource.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(r => (string?)r.Attribute("schemaName")).OfType<string>()
            .ToHashSet(StringComparer.Ordinal) ?? [];
        var named = new HashSet<string>(StringComparer.Ordinal);

        foreach (var resource in resources)
        {
            var name = resource.Element("Name")?.Value ?? "";
            var idText = resource.Element("WebResourceId")?.Value ?? "";
            var fileName = resource.Element("FileName")?.Value;
            var label = $"web resource '{name}' ({idText})";
            if (!Guid.TryParse(idText, out var id))
            {
                yield return $"{label} has no valid WebResourceId.";
                continue;
            }

            if (fileName is null)
            {
                yield return $"{label} has no FileName.";
                continue;
            }

            var expected = "/" + WebResourceDefinition.EntryNameFor(name, id);
            if (package.Strict && fileName != expected)
            {
                yield return $"{label} has the FileName '{fileName}'; a real export names it '{expected}' (name without '/' and '.', then the id in upper case).";
            }

            var entry = fileName.TrimStart('/');
            named.Add(entry);
            if (!entries.Contains(entry))
            {
                yield return $"{label}: customizations.xml names the file {entry}, which the zip does not contain.";
            }

            if (package.Strict && !rootNames.Contains(name))
            {
                yield return $"{label} has no RootComponent type 61 with schemaName '{name}' in solution.xml.";
            }
        }

        foreach (var orphan in entries.Where(e => package.Strict && e.StartsWith(Folder, StringComparison.Ordinal) && !named.Contains(e)).Order(StringComparer.Ordinal))
        {
            yield return $"the zip contains {orphan}, which no WebResource in customizations.xml names.";
        }

        foreach (var root in rootNames.Where(r => !resources.Any(w => w.Element("Name")?.Value == r)).Order(StringComparer.Ordinal))
        {
            yield return $"solution.xml lists the web resource '{root}' (RootComponent type 61), which customizations.xml does not define.";
        }
    }
}
