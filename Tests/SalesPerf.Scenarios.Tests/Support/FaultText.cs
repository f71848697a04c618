using System.Text.RegularExpressions;

namespace SalesPerf.Scenarios.Tests.Support;

/// <summary>Checks on the text of a fault a user sees.</summary>
internal static partial class FaultText
{
    /// <summary>
    /// True when <paramref name="message"/> is one of SalesPerf's own ("[SPM-…] …") and holds a GUID other than SPM-SYS-001's
    /// correlation id ("correlation id …" / "关联 ID …"), in either language. The platform's own faults (privileges,
    /// closing a closed order) carry ids as Dataverse's do; they are not SalesPerf's to word.
    /// </summary>
    public static bool NamesARecordById(string message) =>
        message is not null && message.StartsWith("[SPM-", System.StringComparison.Ordinal) && Guid().IsMatch(CorrelationId().Replace(message, ""));

    [GeneratedRegex(@"(correlation id|关联 ID) [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex CorrelationId();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
