namespace SalesPerf.Plugins.Commission;

/// <summary>
/// The organisation-service calls one event may cost the commission part of a step, stated so tests can hold the engine
/// to it (docs/domain-rules.md "Late events"). An event writes only its transaction's own lines and the statements' totals
/// and reads no more than <see cref="StatementEvents"/> lists, so for a PeriodCumulative plan the cost does not
/// grow with the statement: not with its lines, nor with pages of the period's credits.
/// </summary>
public static class CommissionBudget
{
    /// <summary>Any single event (win, reopen or loss, split change, order fulfilled or cancelled, payment), whatever the statements hold (issue 12, item 12).</summary>
    public const int CallsPerEvent = 20;

    /// <summary>
    /// A win that lands on one existing statement: the transaction's lines everywhere, the credited users' assignments,
    /// the transaction's credit, the statement, plan, tiers, at most 14 earning lines, the owner's language; write one line
    /// and the statement. The won row and its splits are read by the close itself, once for attainment and commission
    /// (<c>Closes/OpportunityClosePlugin</c>), and counted in <c>Attainment/CallBudget</c>.
    /// </summary>
    public const int CallsPerWin = 10;

    /// <summary>PerTransaction plans read the period's credits to keep the payout cap exact: own and split deals, per 5,000-row page.</summary>
    public const int CallsPerCreditPage = 2;

    public const int PageSize = 5000;

    /// <summary>A transaction credited to users of whom none holds an assignment on its date: the lines of the source and their assignments (one query).</summary>
    public static int WithoutAssignments(int creditedUsers) => creditedUsers == 0 ? 1 : 2;

    /// <summary>A win on one existing PerTransaction statement whose period holds <paramref name="transactions"/> credited transactions.</summary>
    public static int PerTransactionWin(int transactions) => CallsPerWin + (CallsPerCreditPage * ((transactions + PageSize - 1) / PageSize));
}
