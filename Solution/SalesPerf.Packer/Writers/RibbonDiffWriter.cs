using System.Xml.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>The empty ribbon skeleton every exported custom table carries (solution-format 4.1).</summary>
public sealed class RibbonDiffWriter : IEntityPartWriter
{
    public XElement? Write(TableDefinition table, PackContext context) => new(
        "RibbonDiffXml",
        new XElement("CustomActions"),
        new XElement("Templates", new XElement("RibbonTemplates", new XAttribute("Id", "Mscrm.Templates"), string.Empty)),
        new XElement("CommandDefinitions"),
        new XElement("RuleDefinitions", new XElement("TabDisplayRules"), new XElement("DisplayRules"), new XElement("EnableRules")),
        new XElement("LocLabels"));
}
