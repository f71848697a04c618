using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.LocalOrg.Tests.Schemas;

/// <summary>Validates FetchXML against Microsoft's published Fetch.xsd (copied next to the test assembly).</summary>
public static class FetchSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Returns the validation errors of <paramref name="fetchXml"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string fetchXml)
    {
        var errors = new List<string>();
        XDocument document;
        try
        {
            document = XDocument.Parse(fetchXml);
        }
        catch (XmlException exception)
        {
            return [exception.Message];
        }

        document.Validate(Schemas.Value, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    /// <summary>Throws when <paramref name="fetchXml"/> does not validate; returns it unchanged otherwise.</summary>
    public static string Validate(string fetchXml)
    {
        var errors = Errors(fetchXml);
        if (errors.Count > 0)
        {
            throw new XmlSchemaValidationException("FetchXML does not match Fetch.xsd: " + string.Join("; ", errors));
        }

        return fetchXml;
    }

    private static XmlSchemaSet Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schemas", "Fetch.xsd");
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    }
}
