using System.Xml.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Writes one child of a custom table's <c>Entity</c> after <c>EntityInfo</c>: FormXml, SavedQueries, Visualizations,
/// RibbonDiffXml. The extension point for forms, views and charts: add an implementation to <see cref="SolutionPacker"/>'s
/// part list in the export order (FormXml, SavedQueries, Visualizations, RibbonDiffXml).
/// </summary>
public interface IEntityPartWriter
{
    /// <summary>The element, or null when the table has none of this kind.</summary>
    XElement? Write(TableDefinition table, PackContext context);
}
