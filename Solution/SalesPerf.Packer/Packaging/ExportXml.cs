using System;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Packer.Packaging;

/// <summary>
/// Serialises XML the way Dataverse exports it (solution-format 1.2): UTF-8 without BOM, no XML declaration,
/// two-space indentation, CRLF line ends. <c>customizations.xml</c> ends with a line break, <c>solution.xml</c> does not.
/// </summary>
public static class ExportXml
{
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Serialize(XElement root, bool finalNewLine)
    {
        ArgumentNullException.ThrowIfNull(root);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\r\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            root.WriteTo(writer);
        }

        if (finalNewLine)
        {
            stream.Write("\r\n"u8);
        }

        return stream.ToArray();
    }

    /// <summary>An element whose text is empty, written as <c>&lt;Name&gt;&lt;/Name&gt;</c> as exports do (not <c>&lt;Name /&gt;</c>).</summary>
    public static XElement EmptyText(string name) => new(name, string.Empty);

    /// <summary>A nil element, <c>&lt;Name xsi:nil="true"&gt;&lt;/Name&gt;</c>.</summary>
    public static XElement Nil(string name) => new(name, new XAttribute(Xsi + "nil", "true"), string.Empty);

    public static string Flag(bool value) => value ? "1" : "0";

    /// <summary>Braced lower-case GUID, the form of step, image, role and root-component ids (solution-format 16.2).</summary>
    public static string Braced(Guid id) => id.ToString("B");

    /// <summary>Bare lower-case GUID, the form of PluginAssemblyId, PluginTypeId and SdkMessageId.</summary>
    public static string Bare(Guid id) => id.ToString("D");

    /// <summary>Upper-case GUID with dashes, the form inside zip entry names.</summary>
    public static string Upper(Guid id) => id.ToString("D").ToUpperInvariant();
}
