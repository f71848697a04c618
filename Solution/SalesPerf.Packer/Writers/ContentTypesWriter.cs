using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// [Content_Types].xml (solution-format 1.3): one Default per file extension present, one Override per extension-less
/// part; UTF-8 with BOM, with an XML declaration, on one line, as real exports write it.
/// </summary>
public static class ContentTypesWriter
{
    public const string EntryName = "[Content_Types].xml";
    public const string ContentType = "application/octet-stream";
    public static readonly XNamespace Namespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    public static byte[] Write(IEnumerable<string> entryNames)
    {
        ArgumentNullException.ThrowIfNull(entryNames);
        var names = entryNames.Append(EntryName).ToList();
        var extensions = names.Select(Extension).Where(e => e.Length != 0).Distinct(StringComparer.OrdinalIgnoreCase);
        // xml first, then in order of appearance: Apollo writes xml, xaml, …, dll.
        var ordered = extensions.OrderBy(e => e.Equals("xml", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ToList();
        var root = new XElement(
            Namespace + "Types",
            ordered.Select(e => new XElement(Namespace + "Default", new XAttribute("Extension", e), new XAttribute("ContentType", ContentType))),
            names.Where(n => Extension(n).Length == 0).Select(n => new XElement(
                Namespace + "Override", new XAttribute("PartName", "/" + n), new XAttribute("ContentType", ContentType))));

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }

    public static string Extension(string entryName)
    {
        ArgumentNullException.ThrowIfNull(entryName);
        var file = entryName[(entryName.LastIndexOf('/') + 1)..];
        var dot = file.LastIndexOf('.');
        return dot < 0 ? "" : file[(dot + 1)..];
    }
}
