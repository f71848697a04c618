using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SalesPerf.Demo.Reporting;

/// <summary>A horizontal grouped bar chart drawn as inline SVG (no native code, no external resources).</summary>
internal static class SvgBarChart
{
    private static readonly string[] Colours = ["#2f6fb3", "#f0a030", "#5aa469", "#c0504d"];

    /// <param name="title">Chart title.</param>
    /// <param name="series">Series names (legend), one value per category each.</param>
    /// <param name="rows">Category label and one value per series (null: no bar).</param>
    public static string Render(string title, IReadOnlyList<string> series, IReadOnlyList<(string Label, decimal?[] Values)> rows)
    {
        const int labelWidth = 220, barArea = 520, barHeight = 12, gap = 10, top = 40;
        var groupHeight = (series.Count * barHeight) + gap;
        var height = top + (rows.Count * groupHeight) + 20;
        var max = rows.SelectMany(r => r.Values).Where(v => v is > 0).Select(v => v!.Value).DefaultIfEmpty(1m).Max();
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg width=\"{labelWidth + barArea + 120}\" height=\"{height}\" role=\"img\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"16\" font-size=\"13\" font-weight=\"bold\">{Html.Text(title)}</text>");
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth + (s * 160)}\" y=\"22\" width=\"10\" height=\"10\" fill=\"{Colours[s % Colours.Length]}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + (s * 160) + 14}\" y=\"31\">{Html.Text(series[s])}</text>");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var y = top + (r * groupHeight);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + (series.Count * barHeight / 2) + 4}\">{Html.Text(rows[r].Label)}</text>");
            for (var s = 0; s < series.Count && s < rows[r].Values.Length; s++)
            {
                if (rows[r].Values[s] is not decimal value)
                {
                    continue;
                }

                var width = (int)Math.Round(Math.Max(0m, value) / max * barArea);
                var by = y + (s * barHeight);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{by}\" width=\"{width}\" height=\"{barHeight - 2}\" fill=\"{Colours[s % Colours.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + width + 4}\" y=\"{by + barHeight - 3}\">{Html.Number(value)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }
}
