using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SalesPerf.Packer.Writers;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// The zip as an import reads it (solution-format 1): the three root files, entry names with forward slashes and no
/// leading slash, no entry twice, and a [Content_Types].xml with a Default for every extension present and an Override
/// for every extension-less part. Strict (house style): no directory entries, the 9.2 entry order, the export's
/// encodings (no BOM or declaration in the root XML files, a one-line [Content_Types].xml with BOM), no content type
/// for a part or extension the zip does not hold, and application/octet-stream throughout.
/// </summary>
public sealed class ZipLayoutCheck : IPackageCheck
{
    public const string RuleName = "zip";

    public string Rule => RuleName;

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var names = package.Entries.Select(e => e.Name).ToList();
        var broken = package.BrokenEntries.Select(b => b.Entry).ToHashSet(StringComparer.Ordinal);
        foreach (var required in new[] { SolutionPacker.CustomizationsEntry, SolutionPacker.SolutionEntry, ContentTypesWriter.EntryName })
        {
            if (!names.Contains(required, StringComparer.Ordinal) && !broken.Contains(required))
            {
                yield return $"the zip has no {required}.";
            }
        }

        foreach (var name in names)
        {
            if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal))
            {
                yield return $"the entry '{name}' starts with '/' or contains '\\'; the import looks parts up by their names with forward slashes and no leading slash.";
            }
            else if (package.Strict && name.EndsWith('/'))
            {
                yield return $"the entry '{name}' is a directory; a real export has none.";
            }
        }

        foreach (var duplicate in names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"the entry '{duplicate.Key}' appears {duplicate.Count()} times.";
        }

        if (package.Strict && names.Count >= 3 && (names[0] != SolutionPacker.CustomizationsEntry || names[1] != SolutionPacker.SolutionEntry || names[^1] != ContentTypesWriter.EntryName))
        {
            yield return $"the entries are in the order {string.Join(", ", names.Take(2))} … {names[^1]}; a 9.2 export writes customizations.xml, solution.xml, the component files, and [Content_Types].xml last.";
        }

        foreach (var problem in ExportXmlEncoding(package, SolutionPacker.CustomizationsEntry).Concat(ExportXmlEncoding(package, SolutionPacker.SolutionEntry)))
        {
            yield return problem;
        }

        foreach (var problem in ContentTypes(package, names))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> ExportXmlEncoding(SolutionPackage package, string entryName)
    {
        var entry = package.Entry(entryName);
        if (entry is null)
        {
            yield break;
        }

        if (package.Strict && !entry.Content.Span.StartsWith("<ImportExportXml"u8))
        {
            yield return $"{entryName} must start with '<ImportExportXml' (UTF-8, no BOM, no XML declaration) as a real export does.";
        }
    }

    private static IEnumerable<string> ContentTypes(SolutionPackage package, IReadOnlyList<string> names)
    {
        var entry = package.Entry(ContentTypesWriter.EntryName);
        if (entry is null)
        {
            yield break;
        }

        var bytes = entry.Content.ToArray();
        if (package.Strict && !bytes.AsSpan().StartsWith("\uFEFF<?xml "u8))
        {
            yield return "[Content_Types].xml must start with a UTF-8 BOM and an XML declaration, as a real export does.";
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (package.Strict && text.Contains('\n', StringComparison.Ordinal))
        {
            yield return "[Content_Types].xml must be a single line, as a real export writes it.";
        }

        // Not well-formed: reported with the entry's name first (WellFormedEntries).
        var root = TryParse(text.TrimStart('\uFEFF'));
        if (root is null)
        {
            yield break;
        }

        var ns = ContentTypesWriter.Namespace;
        var defaults = root.Elements(ns + "Default").Select(d => (string?)d.Attribute("Extension") ?? "").ToList();
        var overrides = root.Elements(ns + "Override").Select(o => (string?)o.Attribute("PartName") ?? "").ToList();
        var extensions = names.Select(ContentTypesWriter.Extension).Where(e => e.Length != 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var missing in extensions.Except(defaults, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"[Content_Types].xml has no Default for the extension '{missing}'.";
        }

        foreach (var extra in defaults.Except(extensions, StringComparer.OrdinalIgnoreCase).Where(_ => package.Strict))
        {
            yield return $"[Content_Types].xml declares a Default for '{extra}', but no entry has that extension.";
        }

        var parts = names.Where(n => ContentTypesWriter.Extension(n).Length == 0).Select(n => "/" + n).ToList();
        foreach (var missing in parts.Except(overrides, StringComparer.Ordinal))
        {
            yield return $"[Content_Types].xml has no Override for the extension-less part '{missing}'.";
        }

        foreach (var extra in overrides.Except(parts, StringComparer.Ordinal).Where(_ => package.Strict))
        {
            yield return $"[Content_Types].xml has an Override for '{extra}', which the zip does not contain.";
        }

        foreach (var type in root.Elements().Select(e => (string?)e.Attribute("ContentType")).Where(t => package.Strict && t != ContentTypesWriter.ContentType).Distinct())
        {
            yield return $"[Content_Types].xml uses the content type '{type}'; every part of a real export is {ContentTypesWriter.ContentType}.";
        }
    }

    private static XElement? TryParse(string text)
    {
        try
        {
            return XDocument.Parse(text).Root;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
