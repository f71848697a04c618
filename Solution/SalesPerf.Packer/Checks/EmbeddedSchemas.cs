using System;
using System.IO;
using System.Net;
using System.Reflection;
using System.Xml;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Microsoft's 9.0.0.2090 customization schemas, embedded in this library (copied unchanged from the published set),
/// so a check needs no repository or network. Includes resolve to the embedded files by file name.
/// </summary>
public static class EmbeddedSchemas
{
    public const string Customizations = "CustomizationsSolution.xsd";
    public const string Fetch = "Fetch.xsd";

    private const string ResourcePrefix = "SalesPerf.Packer.Schemas.";
    private static readonly Uri BaseUri = new("embedded:///schemas/");

    private static readonly Lazy<XmlSchemaSet> CustomizationsSet = new(() => Compile(Customizations));
    private static readonly Lazy<XmlSchemaSet> FetchSet = new(() => Compile(Fetch));

    /// <summary>CustomizationsSolution.xsd with the files it includes; compiled once.</summary>
    public static XmlSchemaSet CustomizationsSchema => CustomizationsSet.Value;

    /// <summary>Fetch.xsd alone, for the FetchXML of views.</summary>
    public static XmlSchemaSet FetchSchema => FetchSet.Value;

    /// <summary>The bytes of one embedded schema file, e.g. "Fetch.xsd".</summary>
    public static byte[] Read(string fileName)
    {
        using var stream = Open(fileName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static XmlSchemaSet Compile(string mainFile)
    {
        var resolver = new EmbeddedResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var settings = new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(Open(mainFile), settings, new Uri(BaseUri, mainFile).AbsoluteUri);
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
        ?? throw new FileNotFoundException($"The schema {fileName} is not embedded in SalesPerf.Packer.", fileName);

    private sealed class EmbeddedResolver : XmlResolver
    {
        public override ICredentials Credentials
        {
            set { }
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            Open(Path.GetFileName(absoluteUri.AbsolutePath));

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => new(baseUri ?? BaseUri, relativeUri ?? "");
    }
}
