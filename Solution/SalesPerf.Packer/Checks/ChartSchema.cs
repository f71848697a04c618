using System;
using System.IO;
using System.Xml;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>VisualizationDataDescription.xsd (embedded, unchanged): the schema of a chart's <c>datadefinition</c>. It includes no other file.</summary>
public static class ChartSchema
{
    public const string FileName = "VisualizationDataDescription.xsd";

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        var settings = new XmlReaderSettings { XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(new MemoryStream(EmbeddedSchemas.Read(FileName), writable: false), settings);
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    public static XmlSchemaSet DataDescription => Set.Value;
}
