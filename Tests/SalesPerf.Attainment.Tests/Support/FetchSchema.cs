using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>Validation errors of a FetchXML text against Microsoft's Fetch.xsd (copied next to the tests).</summary>
public static class FetchSchema
{
    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Schemas", "Fetch.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Errors(string fetchXml)
    {
        var errors = new List<string>();
        XDocument.Parse(fetchXml).Validate(Set.Value, (_, e) => errors.Add(e.Message));
        return errors;
    }
}
