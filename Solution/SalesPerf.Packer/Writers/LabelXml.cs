using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Label collections in the two languages the solution ships (1033 English, 2052 Simplified Chinese). A missing
/// description is written as the export writes it: one empty 1033 entry.
/// </summary>
public static class LabelXml
{
    public static readonly int[] Languages = [Label.EnglishLcid, Label.ChineseLcid];

    /// <summary><c>&lt;collection&gt;&lt;item description=".." languagecode=".." /&gt;…</c>, e.g. displaynames/displayname.</summary>
    public static XElement Collection(string collection, string item, Label? label) =>
        new(collection, Items(item, "description", label));

    /// <summary><c>labels/label</c>, as inside options and states.</summary>
    public static XElement Labels(Label label) => new("labels", Items("label", "description", label));

    private static IEnumerable<XElement> Items(string item, string attribute, Label? label)
    {
        if (label is null)
        {
            yield return Item(item, attribute, "", Label.EnglishLcid);
            yield break;
        }

        foreach (var lcid in Languages)
        {
            yield return Item(item, attribute, label.For(lcid), lcid);
        }
    }

    private static XElement Item(string item, string attribute, string text, int lcid) =>
        new(item, new XAttribute(attribute, text), new XAttribute("languagecode", lcid.ToString(CultureInfo.InvariantCulture)));
}
