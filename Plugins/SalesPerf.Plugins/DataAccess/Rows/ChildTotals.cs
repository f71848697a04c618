using SalesPerf.Domain.Kpis;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// What a parent target needs of its active children, from one aggregate (<see cref="Fetch.ChildTargetFetch"/>): Σ
/// target values, and Σ actuals / numerators / denominators / in-progress values with how many children hold each.
/// A sum over children that all hold nothing is read as 0 only when its count says some child holds a value, so the
/// result is the same whether the platform returns 0, null or nothing for such a sum (NOT VERIFIED, doc 3.6).
/// </summary>
public sealed record ChildTotals(
    decimal TargetValueSum, int ActualCount, decimal ActualSum, int NumeratorCount, decimal NumeratorSum, decimal DenominatorSum,
    int InProgressCount, decimal InProgressSum, int ProjectedCount = 0, decimal ProjectedSum = 0m)
{
    public static ChildTotals None { get; } = new(0m, 0, 0m, 0, 0m, 0m, 0, 0m);

    /// <summary>
    /// The parent's actual (<see cref="Actual.RollUp"/> from sums): a ratio measure gives Σ numerators ÷ Σ denominators
    /// over the children that hold a ratio, any other measure Σ values; no child with anything gives no actual.
    /// </summary>
    public Actual RollUp(MeasureDefinition measure)
    {
        if (measure.Aggregation is MeasureAggregation.Sum or MeasureAggregation.Count)
        {
            return ActualCount == 0 ? Actual.None : Actual.FromValue(ActualSum);
        }

        return NumeratorCount == 0 ? Actual.None : Actual.FromParts(NumeratorSum, DenominatorSum, measure.RatioScale);
    }

    /// <summary>Σ the children's in-progress values; none when no child has one.</summary>
    public decimal? InProgress => InProgressCount == 0 ? null : InProgressSum;

    /// <summary>
    /// Σ the children's weighted pipelines, none when no child has a projection: Σ projected values − Σ actuals (each
    /// child's projection is its actual, 0 when none, + its weighted pipeline), so the parent's projection, its actual
    /// Σ actuals + this, is Σ of its children's projections.
    /// </summary>
    public decimal? WeightedPipeline => ProjectedCount == 0 ? null : ProjectedSum - ActualSum;
}
