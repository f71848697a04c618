using SalesPerf.Domain.Common;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// The stored form of a statement's or a line's <c>spm_trace</c>: the English text, a line break, then the Simplified
/// Chinese text (as <c>spm_calculationtrace</c> and <c>spm_recalculationreason</c> are stored), so the statement page
/// shows the reader's language whoever reads it. Each text is one line; both fit the column's 100,000 characters
/// many times over (a statement trace lists at most 12 line amounts).
/// </summary>
internal static class StoredTrace
{
    public static string Of(BilingualText trace) => Of(trace.English, trace.Chinese);

    public static string Of(string english, string chinese) => english + "\n" + chinese;
}
