using System;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Targets;

/// <summary>
/// Everything the engine writes on one <c>spm_target</c> from its actual: attainment, score, pace and the trace
/// that explains them in words. Recomputed from source every time, never incremented.
/// </summary>
public sealed record TargetEvaluation
{
    private TargetEvaluation(Actual actual, decimal? attainmentPercent, decimal? scorePercent, decimal? expectedToDate, PaceStatus? paceStatus, BilingualText trace)
    {
        PaceStatus = paceStatus;
        Actual = actual;
        AttainmentPercent = attainmentPercent;
        ScorePercent = scorePercent;
        ExpectedToDate = expectedToDate;
        Trace = trace;
    }

    public Actual Actual { get; }

    /// <summary><c>spm_attainmentpercent</c>; null when there is no actual.</summary>
    public decimal? AttainmentPercent { get; }

    /// <summary><c>spm_scorepercent</c>; null when there is no attainment.</summary>
    public decimal? ScorePercent { get; }

    /// <summary>
    /// <c>spm_expectedtodatevalue</c> for measures that accumulate over the period (sums and counts); null for
    /// ratios, averages, growth and manual KPIs, where a pro-rated target means nothing.
    /// </summary>
    public decimal? ExpectedToDate { get; }

    /// <summary><c>spm_pacestatus</c> (<see cref="PaceAssessment.Assess"/>); null when there is nothing to compare.</summary>
    public PaceStatus? PaceStatus { get; }

    /// <summary><c>spm_calculationtrace</c> in English and Simplified Chinese.</summary>
    public BilingualText Trace { get; }

    public static TargetEvaluation Evaluate(Kpi kpi, TargetTerms terms, Actual actual, DateRange period, CalendarDate today)
    {
        if (kpi is null)
        {
            throw new ArgumentNullException(nameof(kpi));
        }

        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        var attainment = Attainment.Compute(actual, terms.TargetValue, kpi.Direction, terms.ScoreCap);
        var score = Attainment.Score(attainment, terms.ThresholdPercent, terms.ScoreCap);
        var accumulates = kpi.Definition.Aggregation is MeasureAggregation.Sum or MeasureAggregation.Count;
        decimal? pace = accumulates ? Pace.ExpectedToDate(terms.TargetValue, period, today) : null;
        var trace = CalculationTrace.Describe(kpi, terms, actual, attainment, score, pace);
        var status = PaceAssessment.Assess(actual, terms.TargetValue, pace, attainment, kpi.Direction, period, today);
        return new TargetEvaluation(actual, attainment, score, pace, status, trace);
    }
}
