using System.Text.RegularExpressions;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>The two written forms of a lookup: <c>table:key</c> and <c>table[column=value]</c>.</summary>
internal static partial class LookupSyntax
{
    public static bool TryKey(string text, out string table, out string key)
    {
        var match = KeyForm().Match(text);
        table = match.Success ? match.Groups["table"].Value : string.Empty;
        key = match.Success ? match.Groups["key"].Value : string.Empty;
        return match.Success;
    }

    public static bool TryColumn(string text, out string table, out string column, out string value)
    {
        var match = ColumnForm().Match(text);
        table = match.Success ? match.Groups["table"].Value : string.Empty;
        column = match.Success ? match.Groups["column"].Value : string.Empty;
        value = match.Success ? match.Groups["value"].Value : string.Empty;
        return match.Success;
    }

    /// <summary>True when <paramref name="text"/> has either written form.</summary>
    public static bool IsLookup(string text) => KeyForm().IsMatch(text) || ColumnForm().IsMatch(text);

    [GeneratedRegex(@"^(?<table>[a-z][a-z0-9_]*):(?<key>[^\s\[\]]+)$")]
    private static partial Regex KeyForm();

    [GeneratedRegex(@"^(?<table>[a-z][a-z0-9_]*)\[(?<column>[a-z][a-z0-9_]*)=(?<value>.*)\]$")]
    private static partial Regex ColumnForm();
}
