using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Development;

/// <summary>
/// A development plan's progress: Completed items ÷ items that count (all but Cancelled) × 100, rounded to 2 decimals;
/// null when no item counts. Example: 3 items, 1 Completed, 1 Cancelled → 1 ÷ 2 = 50.
/// </summary>
public sealed record PlanProgress(int Items, int Completed, decimal? Percent)
{
    public static PlanProgress Of(IEnumerable<DevelopmentItemStatus> statuses)
    {
        var counted = statuses.Where(s => s != DevelopmentItemStatus.Cancelled).ToList();
        var completed = counted.Count(s => s == DevelopmentItemStatus.Completed);
        return new PlanProgress(
            counted.Count,
            completed,
            counted.Count == 0 ? null : CurrencyRounding.Round(completed * 100m / counted.Count));
    }
}
