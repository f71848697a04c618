using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;

namespace SalesPerf.Packer.Writers;

/// <summary>customizations.xml: every root section in export order, empty ones as <c>&lt;Name /&gt;</c>, Languages last.</summary>
public static class CustomizationsWriter
{
    public static XElement Write(PackContext context, IEnumerable<IComponentWriter> writers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(writers);
        var bySection = writers.Where(w => w.Section is not null).ToLookup(w => w.Section!, StringComparer.Ordinal);
        foreach (var section in bySection.Select(g => g.Key).Where(s => !CustomizationsLayout.Sections.Contains(s, StringComparer.Ordinal)))
        {
            throw new PackException($"A writer fills the section '{section}', which a real customizations.xml does not have.");
        }

        var root = new XElement("ImportExportXml", new XAttribute(XNamespace.Xmlns + "xsi", ExportXml.Xsi.NamespaceName));
        foreach (var section in CustomizationsLayout.Sections)
        {
            var elements = bySection[section].SelectMany(w => w.Elements(context)).ToList();
            if (elements.Count != 0 || !CustomizationsLayout.OmittedWhenEmpty.Contains(section))
            {
                root.Add(new XElement(section, elements));
            }
        }

        return root;
    }
}
