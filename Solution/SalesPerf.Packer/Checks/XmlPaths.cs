using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>Readable locations inside customizations.xml for check messages.</summary>
public static class XmlPaths
{
    /// <summary>e.g. <c>ImportExportXml/Entities/Entity[spm_target]/EntityInfo/entity/attributes/attribute[spm_name]</c>.</summary>
    public static string Of(XObject? node)
    {
        var element = node as XElement ?? node?.Parent;
        if (element is null)
        {
            return "(document)";
        }

        var path = element.AncestorsAndSelf().Reverse().Select(Step);
        var text = string.Join("/", path);
        return node is XAttribute attribute ? text + "/@" + attribute.Name.LocalName : text;
    }

    private static string Step(XElement element)
    {
        var key = element.Attribute("PhysicalName")?.Value
            ?? element.Attribute("Name")?.Value
            ?? element.Attribute("FullName")?.Value
            ?? (element.Name.LocalName == "Entity" ? element.Element("Name")?.Value : null);
        return key is null ? element.Name.LocalName : element.Name.LocalName + "[" + key + "]";
    }
}
