using SalesPerf.Domain.Kpis;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// Where a target is heading: the actual plus the open pipeline closing in the period weighted by each deal's
/// probability (not the engine's unweighted in-progress figure), and the attainment that value would give (docs/domain-rules.md "App views: pace and projection").
/// </summary>
public sealed record Projection(decimal Value, decimal? AttainmentPercent)
{
    /// <summary>
    /// Null when the measure has no pipeline (<paramref name="pipeline"/> null: only Revenue and WonDeals have one);
    /// otherwise actual (0 when there is none yet) + the weighted pipeline, and its attainment against the target with the same
    /// rule as the actual's (<see cref="Attainment.Compute"/>).
    /// </summary>
    public static Projection? Of(Actual actual, decimal? pipeline, decimal targetValue, KpiDirection direction, decimal scoreCap)
    {
        if (pipeline is not decimal open)
        {
            return null;
        }

        var value = (actual.Value ?? 0m) + open;
        return new Projection(value, Attainment.Compute(Actual.FromValue(value), targetValue, direction, scoreCap));
    }
}
