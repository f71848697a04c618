using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Writers;

/// <summary>The closing Languages section: the two languages every label is written in.</summary>
public sealed class LanguagesWriter : IComponentWriter
{
    public string? Section => "Languages";

    public IEnumerable<XElement> Elements(PackContext context) =>
        LabelXml.Languages.Select(lcid => new XElement("Language", lcid.ToString(CultureInfo.InvariantCulture)));
}
