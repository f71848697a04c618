using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// FormXml.xsd 9.0.0.2090 (embedded, with the ribbon schemas it includes) for one <c>form</c> element, and the explicit
/// list of places where it is stale against a 9.2 export. Nothing else is excused.
/// </summary>
public static class FormSchema
{
    public const string FileName = "FormXml.xsd";

    private static readonly Uri BaseUri = new("embedded:///schemas/");
    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    /// <summary>FormXml.xsd with its includes; compiled once.</summary>
    public static XmlSchemaSet Schema => Set.Value;

    /// <summary>Rewrites applied to a copy of a <c>form</c> before validation.</summary>
    public static IReadOnlyList<KnownSchemaDifference> KnownDifferences { get; } =
    [
        // Apollo-M's InvoiceLine main form carries it (reference/entity-apollo_InvoiceLine.xml); schemas/README.md lists it.
        new("form/@headerdensity",
            "Form attribute of a 9.2 export; not declared by FormXml.xsd 9.0.0.2090.",
            doc => doc.Root!.Attributes("headerdensity").ToList().Sum(a => { a.Remove(); return 1; })),
    ];

    /// <summary>Every schema error of <paramref name="form"/> (a <c>systemform/form</c> element), as location and message.</summary>
    public static IReadOnlyList<(string Where, string Message)> Validate(XElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var copy = new XDocument(new XElement(form));
        foreach (var difference in KnownDifferences)
        {
            difference.Apply(copy);
        }

        var errors = new List<(string, string)>();
        copy.Validate(Schema, (sender, e) => errors.Add((XmlPaths.Of(sender as XObject), e.Message)));
        return errors;
    }

    private static XmlSchemaSet Compile()
    {
        var resolver = new EmbeddedResolver();
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var settings = new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(EmbeddedSchemas.Read(FileName)), settings, new Uri(BaseUri, FileName).AbsoluteUri);
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private sealed class EmbeddedResolver : XmlResolver
    {
        public override ICredentials Credentials
        {
            set { }
        }

        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn) =>
            new MemoryStream(EmbeddedSchemas.Read(Path.GetFileName(absoluteUri.AbsolutePath)));

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => new(baseUri ?? BaseUri, relativeUri ?? "");
    }
}
