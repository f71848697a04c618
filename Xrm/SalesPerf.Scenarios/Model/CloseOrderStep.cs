using System;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>fulfill</c> / <c>cancel</c>: FulfillSalesOrder / CancelSalesOrder with an orderclose and a Status.</summary>
public sealed record CloseOrderStep(int Number, string Path, string? As, RowSelector Row, bool Fulfilled, DateTime? Date, int Status)
    : ScenarioStep(Number, Path, Fulfilled ? "fulfill" : "cancel", As)
{
    public override string Describe() => $"{Op} {Row}";
}
