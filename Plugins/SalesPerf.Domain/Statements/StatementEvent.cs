using System.Collections.Generic;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// What <see cref="StatementIncrement.Apply"/> needs for one transaction on one Open statement.
/// <see cref="Sources"/>: the plan, quota, period and weighted score; its transactions are the changed transaction's
/// credit alone (PeriodCumulative; none when it is no longer credited) or every credit of the period after the event
/// (PerTransaction); its paid lines and reversals are the transaction's own. <see cref="Earning"/> and
/// <see cref="Clawback"/> are the transaction's lines as stored; <see cref="LaterLinesExist"/> says whether an earning
/// line of another transaction dated after it is on the statement; <see cref="OtherEarnings"/> the amounts of the other
/// earning lines when there are at most 12 (the statement trace lists them), else null.
/// </summary>
public sealed record StatementEvent(
    StatementSources Sources,
    string TransactionId,
    StoredTotals Stored,
    StoredLine? Earning,
    StoredLine? Clawback,
    bool LaterLinesExist,
    IReadOnlyList<decimal>? OtherEarnings);
