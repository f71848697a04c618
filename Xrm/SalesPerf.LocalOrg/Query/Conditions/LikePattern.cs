using System;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesPerf.LocalOrg.Query.Conditions;

/// <summary>
/// A SQL LIKE pattern as a case-insensitive regular expression: % any run, _ one character, [abc] / [^abc] / [a-c]
/// a set, and a wildcard inside brackets ([%], [_], [[]) a literal — the SQL way to escape them (doc 3.3).
/// </summary>
internal static class LikePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static Regex ToRegex(string pattern)
    {
        var builder = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    builder.Append(".*");
                    break;
                case '_':
                    builder.Append('.');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 2);
                    if (close < 0)
                    {
                        builder.Append(Regex.Escape("["));
                        break;
                    }

                    builder.Append(SetToRegex(pattern.Substring(i + 1, close - i - 1)));
                    i = close;
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        builder.Append('$');
        return new Regex(builder.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, Timeout);
    }

    /// <summary>The LIKE pattern that matches <paramref name="text"/> literally.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c is '%' or '_' or '[' ? builder.Append('[').Append(c).Append(']') : builder.Append(c);
        }

        return builder.ToString();
    }

    private static string SetToRegex(string set)
    {
        var negated = set.StartsWith('^') && set.Length > 1;
        var body = negated ? set[1..] : set;
        var builder = new StringBuilder(negated ? "[^" : "[");
        foreach (var c in body)
        {
            _ = c == '-' ? builder.Append('-') : builder.Append(Regex.Escape(c.ToString()).Replace("]", "\\]", StringComparison.Ordinal));
        }

        return builder.Append(']').ToString();
    }
}
