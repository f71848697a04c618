namespace SalesPerf.Plugins.Commission;

/// <summary>
/// The organisation-service calls one event may cost the commission part of a step, stated so tests can hold the engine
/// to it: a won opportunity that lands on one statement costs at most <see cref="CallsPerEvent"/> calls, plus
/// <see cref="CallsPerExtraPage"/> for every further 5,000-row page of the period's credits and lines. Credits are read
/// with paged queries (never one query per transaction) and lines with one query per page, and only changed lines
/// are written, so the cost does not grow with the number of transactions beyond the page count.
/// </summary>
public static class CommissionBudget
{
    /// <summary>
    /// Read the assignments, the statement, plan, tiers, credits (2), lines, language, lines of the source; write one
    /// line and the statement. The won row and its splits are read by the close itself, once for attainment and
    /// commission (<c>Closes/OpportunityClosePlugin</c>), and counted in <c>Attainment/CallBudget</c>.
    /// </summary>
    public const int CallsPerEvent = 14;

    /// <summary>Own deals, split deals and lines are each paged.</summary>
    public const int CallsPerExtraPage = 3;

    public const int PageSize = 5000;

    /// <summary>The budget for a period holding <paramref name="transactions"/> credited transactions.</summary>
    /// <summary>A transaction credited to users of whom none holds an assignment on its date: their assignments (one query each) and the lines of the source.</summary>
    public static int WithoutAssignments(int creditedUsers) => creditedUsers + 1;

    public static int For(int transactions) => CallsPerEvent + (CallsPerExtraPage * ((transactions <= PageSize ? 1 : ((transactions + PageSize - 1) / PageSize)) - 1));
}
