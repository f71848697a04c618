using System;
using System.Globalization;
using System.Text;

namespace SalesPerf.Demo.Reporting;

/// <summary>Escaping and number formatting for the report (non-ASCII text is kept as is: the file is UTF-8).</summary>
internal static class Html
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    /// <summary>A stored number as shown: two decimals, thousands separators; an empty value is a dash.</summary>
    public static string Number(decimal? value) => value is decimal d ? d.ToString("#,0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary>A table cell carrying the row id and column it shows, so the value can be traced back to the record.</summary>
    public static string Cell(Guid rowId, string column, decimal? value) =>
        $"<td class=\"n\" data-id=\"{rowId:D}\" data-field=\"{column}\">{Number(value)}</td>";

    /// <summary>A whole-number column (e.g. a rank) with its row id and column.</summary>
    public static string WholeCell(Guid rowId, string column, int? value) =>
        $"<td class=\"n\" data-id=\"{rowId:D}\" data-field=\"{column}\">{(value is int v ? v.ToString(CultureInfo.InvariantCulture) : "—")}</td>";

    public static string Cell(string? value) => $"<td>{Text(value)}</td>";
}
