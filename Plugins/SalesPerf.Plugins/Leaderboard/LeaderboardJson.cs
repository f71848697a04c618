using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SalesPerf.Plugins.Leaderboard;

/// <summary>
/// The <c>Rows</c> response, written by hand (net462 has no System.Text.Json): a JSON array of
/// <c>{"owner": "&lt;id&gt;", "name": "…", "value": 106.00, "rank": 1}</c>, in ranking order. Numbers use the invariant
/// culture; a missing value or rank is <c>null</c>; strings escape quotes, backslashes and control characters.
/// </summary>
public static class LeaderboardJson
{
    public static string Write(IEnumerable<LeaderboardEntry> entries)
    {
        var json = new StringBuilder("[");
        var first = true;
        foreach (var entry in entries)
        {
            json.Append(first ? "{" : ",{");
            first = false;
            json.Append("\"owner\":").Append(Quote(entry.Owner.ToString("D", CultureInfo.InvariantCulture)));
            json.Append(",\"name\":").Append(Quote(entry.Name));
            json.Append(",\"value\":").Append(entry.Value.HasValue ? entry.Value.Value.ToString(CultureInfo.InvariantCulture) : "null");
            json.Append(",\"rank\":").Append(entry.Rank.HasValue ? entry.Rank.Value.ToString(CultureInfo.InvariantCulture) : "null");
            json.Append('}');
        }

        return json.Append(']').ToString();
    }

    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
