using System;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// A line's key, stored as its <c>spm_name</c>: the kind and the source transaction's id ("Earning 3f2a…"). The name
/// survives the deletion of the source row (which clears the lookup), so a clawback of a deleted payment or
/// opportunity is still found and never taken twice.
/// </summary>
internal static class LineKeys
{
    public static string Of(CommissionLineKind kind, string sourceId) => kind + " " + sourceId;

    public static bool TryParse(string? key, out CommissionLineKind kind, out string sourceId)
    {
        kind = CommissionLineKind.Earning;
        sourceId = string.Empty;
        var space = key?.IndexOf(' ') ?? -1;
        if (key is null || space <= 0 || !Enum.TryParse(key.Substring(0, space), out kind) || !Enum.IsDefined(typeof(CommissionLineKind), kind))
        {
            return false;
        }

        sourceId = key.Substring(space + 1);
        return sourceId.Length > 0;
    }
}
