using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.DataAccess.Rows;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The computed columns of one target from its actual: the domain's <see cref="TargetEvaluation"/> does the arithmetic
/// (attainment, score, pace, trace); this only places the results into <see cref="TargetFigures"/>.
/// </summary>
public static class TargetFiguresCalculator
{
    /// <summary>
    /// Null when the stored terms no longer validate (they are checked when the target is written).
    /// <paramref name="inProgress"/> is stored as it is (the unweighted open pipeline); the projection adds
    /// <paramref name="weightedPipeline"/> (each open deal × its probability) to the actual.
    /// </summary>
    public static TargetFigures? Evaluate(TargetRow target, Actual actual, decimal? inProgress, decimal? weightedPipeline, CalendarDate today)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        var terms = TargetTerms.Create(
            target.TargetValue, target.StretchValue, target.ThresholdPercent, target.ScoreCap, target.Weight, target.Kpi.Kpi.Direction);
        if (!terms.IsValid)
        {
            return null;
        }

        var evaluation = TargetEvaluation.Evaluate(target.Kpi.Kpi, terms.Value, actual, target.Period.Range, today);
        var projection = Projection.Of(actual, weightedPipeline, terms.Value.TargetValue, target.Kpi.Kpi.Direction, terms.Value.ScoreCap);
        return target.Stored with
        {
            ActualValue = actual.Value,
            Numerator = actual.Numerator,
            Denominator = actual.Denominator,
            InProgressValue = inProgress,
            AttainmentPercent = evaluation.AttainmentPercent,
            ScorePercent = evaluation.ScorePercent,
            ExpectedToDateValue = evaluation.ExpectedToDate,
            PaceStatus = (int?)evaluation.PaceStatus,
            ProjectedValue = projection?.Value,
            ProjectedAttainmentPercent = projection?.AttainmentPercent,
            CalculationTrace = evaluation.Trace.English + "\n" + evaluation.Trace.Chinese,
            RecalculationNeeded = false,
        };
    }
}
