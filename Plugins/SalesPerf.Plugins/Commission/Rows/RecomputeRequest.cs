using System.Collections.Generic;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>
/// What one event asks of a statement's recompute: transactions that no longer count although their row still exists
/// (a delete seen before the row goes), reversals to claw back, and whether a missing statement may be created.
/// </summary>
internal sealed record RecomputeRequest(IReadOnlyCollection<string> Excluded, IReadOnlyList<TransactionReversal> Reversals, bool CreateIfMissing)
{
    public static RecomputeRequest Plain { get; } = new(System.Array.Empty<string>(), System.Array.Empty<TransactionReversal>(), true);
}
