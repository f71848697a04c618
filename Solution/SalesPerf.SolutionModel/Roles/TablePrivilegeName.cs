using System;
using System.Linq;

namespace SalesPerf.SolutionModel.Roles;

/// <summary>A table privilege's name: prv + verb + table SchemaName (solution-format 13), e.g. <c>prvAppendTospm_target</c>.</summary>
public static class TablePrivilegeName
{
    // Longest verb first, so "AppendTo" is not read as "Append" + a table named "To…".
    private static readonly string[] VerbsLongestFirst = Enum.GetNames<PrivilegeVerb>().OrderByDescending(v => v.Length).ToArray();

    public static string Of(PrivilegeVerb verb, string tableSchemaName) => "prv" + verb + tableSchemaName;

    /// <summary>Splits <paramref name="name"/> into its verb and table SchemaName; false when it is not a table privilege.</summary>
    public static bool TryParse(string? name, out PrivilegeVerb verb, out string tableSchemaName)
    {
        verb = default;
        tableSchemaName = "";
        if (name is null || !name.StartsWith("prv", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var candidate in VerbsLongestFirst)
        {
            if (name.AsSpan(3).StartsWith(candidate, StringComparison.Ordinal) && name.Length > 3 + candidate.Length)
            {
                verb = Enum.Parse<PrivilegeVerb>(candidate);
                tableSchemaName = name[(3 + candidate.Length)..];
                return true;
            }
        }

        return false;
    }
}
