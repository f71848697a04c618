namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The organisation-service calls each real-time attainment step may make per event: a fixed number of reads plus one
/// Update per row whose computed values changed. Rows written are bounded by the owners' configured targets (KPIs ×
/// period types containing the date, their team parents and scorecards), never by the number of source records, so
/// the same event costs the same at 10 or 10,000 opportunities. Pipeline tests assert these numbers with the
/// emulator's service-call counter.
/// </summary>
public static class CallBudget
{
    /// <summary>
    /// Reads of an aggregate recomputation for one KPI filter: targets, the opportunity aggregate, the deal-split
    /// aggregate, scorecards with their lines, then for one level of team parents the parents and one aggregate over
    /// their children (never the children's rows, so the team's size does not count).
    /// </summary>
    public const int RecomputeReads = 6;

    /// <summary>
    /// Win: retrieve the opportunity, count the customer's other wins (new customer), stamp the opportunity, read the
    /// split users, then <see cref="RecomputeReads"/>. The close reads the row and the split users once for its
    /// attainment and commission parts; the commission part's own calls follow (<c>Commission/CommissionBudget</c>).
    /// </summary>
    public const int OpportunityWinReads = 4 + RecomputeReads;

    /// <summary>Lose: as Win (the new-customer count is skipped, the stamp is still written).</summary>
    public const int OpportunityLoseReads = 3 + RecomputeReads;

    /// <summary>Create, Update, Delete, Assign, SetState of an opportunity: split users (when won) and a recomputation; images carry the rest.</summary>
    public const int OpportunityChangeReads = 1 + RecomputeReads;

    /// <summary>
    /// The worked case of the issue: a win touching month, quarter and year targets of four KPIs (12 targets), one team
    /// parent and one scorecard, every one of them changing: <see cref="OpportunityWinReads"/> + 14 writes.
    /// </summary>
    public const int OpportunityWinFourKpisThreePeriods = OpportunityWinReads + 12 + 1 + 1;

    /// <summary>A recomputation for owners whose periods hold no active target: the target query only.</summary>
    public const int NothingToRecompute = 1;

    /// <summary>A win whose owners hold no active target in its periods: <see cref="OpportunityWinReads"/> with <see cref="NothingToRecompute"/>.</summary>
    public const int OpportunityWinNothingToRecompute = OpportunityWinReads - RecomputeReads + NothingToRecompute;

    /// <summary>
    /// Extra calls each time the platform refuses a measure aggregate for reading more than 50,000 rows
    /// (AggregateQueryRecordLimit) and <c>ChunkedAggregate</c> splits it: the refused attempt, plus the second half.
    /// None below the limit. A query over D days and O owners splits at most ⌈log₂ D⌉ + ⌈log₂ O⌉ levels deep, and the
    /// parts refused on one level are disjoint, each over 50,000 rows: at most rows ÷ 50,000 splits per level.
    /// </summary>
    public const int PerAggregateSplit = 2;

    public static int Reads(int reads, int rowsWritten) => reads + rowsWritten;
}
