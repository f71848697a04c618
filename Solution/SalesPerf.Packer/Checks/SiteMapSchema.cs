using System;
using System.IO;
using System.Net;
using System.Xml;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>SiteMap.xsd (embedded, unchanged) with the SiteMapType.xsd it includes: the stand-alone schema of a <c>SiteMap</c> document.</summary>
public static class SiteMapSchema
{
    public const string FileName = "SiteMap.xsd";

    private static readonly Uri BaseUri = new("embedded:///schemas/");

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var resolver = new EmbeddedResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var settings = new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(EmbeddedSchemas.Read(FileName), writable: false), settings, new Uri(BaseUri, FileName).AbsoluteUri);
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    public static XmlSchemaSet SiteMap => Set.Value;

    private sealed class EmbeddedResolver : XmlResolver
    {
        public override ICredentials Credentials
        {
            set { }
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            new MemoryStream(EmbeddedSchemas.Read(Path.GetFileName(absoluteUri.AbsolutePath)), writable: false);

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => new(baseUri ?? BaseUri, relativeUri ?? "");
    }
}
