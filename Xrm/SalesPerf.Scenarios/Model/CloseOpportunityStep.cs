using System;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>win</c> / <c>lose</c>: WinOpportunity / LoseOpportunity with an opportunityclose and a Status.</summary>
public sealed record CloseOpportunityStep(
    int Number, string Path, string? As, RowSelector Row, bool Won, decimal? ActualRevenue, DateTime? CloseDate, int Status)
    : ScenarioStep(Number, Path, Won ? "win" : "lose", As)
{
    public override string Describe() => $"{Op} {Row}";
}
