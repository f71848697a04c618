using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>One zip entry as read back.</summary>
public sealed record PackageEntry(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>The entry parsed as XML (a BOM is allowed), or null with the parser's reason in <paramref name="error"/>.</summary>
    public XDocument? ParseXml(out string? error)
    {
        error = null;
        try
        {
            using var stream = new MemoryStream(Content.ToArray(), writable: false);
            return XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
