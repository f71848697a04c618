using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;
using SalesPerf.Domain.Tests.Periods;

namespace SalesPerf.Domain.Tests.Targets;

public class TargetEvaluationTests
{
    private static readonly DateRange Q1 = Day.Range("2026-01-01", "2026-03-31");
    private static readonly CalendarDate Feb14 = Day.Of("2026-02-14");
    private static readonly Kpi Revenue = Kpi.Create(BilingualText.Of("Revenue", "收入"), Measure.Revenue);

    [Fact]
    public void Evaluate_RevenueMidQuarter_TraceMatchesDomainExample()
    {
        var evaluation = TargetEvaluation.Evaluate(Revenue, TargetTerms.Create(100000m).Value, Actual.FromValue(20000m), Q1, Feb14);

        Assert.Equal(20.00m, evaluation.AttainmentPercent);
        Assert.Equal(20.00m, evaluation.ScorePercent);
        Assert.Equal(49438.20m, evaluation.ExpectedToDate);
        Assert.Equal(
            "Revenue 20,000.00 of target 100,000.00 = 20.00 % attainment; score 20.00 (threshold 0 %, cap 150 %); expected to date 49,438.20",
            evaluation.Trace.English);
        Assert.Equal(
            "收入 实际 20,000.00，目标 100,000.00，达成率 20.00 %；得分 20.00（门槛 0 %，上限 150 %）；截至今日应完成 49,438.20",
            evaluation.Trace.Chinese);
    }

    [Fact]
    public void Evaluate_WinRate_ExplainsCountsAndHasNoPace()
    {
        var winRate = Kpi.Create(BilingualText.Of("Win rate", "赢单率"), Measure.WinRate);

        var evaluation = TargetEvaluation.Evaluate(winRate, TargetTerms.Create(25m).Value, Actual.FromRatio(1m, 5m), Q1, Feb14);

        Assert.Equal(80m, evaluation.AttainmentPercent);
        Assert.Null(evaluation.ExpectedToDate);
        Assert.Equal("Win rate 20.00 % (1 ÷ 5) of target 25.00 % = 80.00 % attainment; score 80.00 (threshold 0 %, cap 150 %)", evaluation.Trace.English);
        Assert.Equal("赢单率 实际 20.00 % (1 ÷ 5)，目标 25.00 %，达成率 80.00 %；得分 80.00（门槛 0 %，上限 150 %）", evaluation.Trace.Chinese);
    }

    [Fact]
    public void Evaluate_SalesCycleLowerIsBetter_SaysSo()
    {
        var cycle = Kpi.Create(BilingualText.Of("Sales cycle", "销售周期"), Measure.SalesCycleDays);

        var evaluation = TargetEvaluation.Evaluate(cycle, TargetTerms.Create(60m).Value, Actual.FromAverage(150m, 3m), Q1, Feb14);

        Assert.Equal(120m, evaluation.ScorePercent);
        Assert.Equal(
            "Sales cycle 50.00 days (150 ÷ 3) of target 60.00 days = 120.00 % attainment (lower is better: target ÷ actual); score 120.00 (threshold 0 %, cap 150 %)",
            evaluation.Trace.English);
    }

    [Fact]
    public void Evaluate_LowerIsBetterActualZero_ScoresTheCap()
    {
        var cycle = Kpi.Create(BilingualText.Of("Sales cycle", "销售周期"), Measure.Manual, KpiDirection.LowerIsBetter, KpiUnit.Days);

        var evaluation = TargetEvaluation.Evaluate(cycle, TargetTerms.Create(60m, scoreCap: 130m).Value, Actual.FromValue(0m), Q1, Feb14);

        Assert.Equal(130m, evaluation.AttainmentPercent);
        Assert.Equal(130m, evaluation.ScorePercent);
        Assert.Contains("an actual of 0 gives the cap", evaluation.Trace.English);
    }

    [Fact]
    public void Evaluate_NoActual_NoAttainmentNoScoreButPace()
    {
        var evaluation = TargetEvaluation.Evaluate(Revenue, TargetTerms.Create(100000m).Value, Actual.None, Q1, Feb14);

        Assert.Null(evaluation.AttainmentPercent);
        Assert.Null(evaluation.ScorePercent);
        Assert.Equal(49438.20m, evaluation.ExpectedToDate);
        Assert.Equal(
            "Revenue: no actual (no records, or a denominator of 0), so no attainment and no score; target 100,000.00; expected to date 49,438.20",
            evaluation.Trace.English);
    }

    [Fact]
    public void Evaluate_BelowThreshold_ScoresZeroAndSaysWhy()
    {
        var evaluation = TargetEvaluation.Evaluate(Revenue, TargetTerms.Create(100000m, thresholdPercent: 50m).Value, Actual.FromValue(20000m), Q1, Feb14);

        Assert.Equal(20m, evaluation.AttainmentPercent);
        Assert.Equal(0m, evaluation.ScorePercent);
        Assert.Contains("score 0.00, below the threshold (threshold 50 %, cap 150 %)", evaluation.Trace.English);
        Assert.Contains("得分 0.00，低于门槛", evaluation.Trace.Chinese);
    }

    [Fact]
    public void Evaluate_AboveCap_ScoresCapAndSaysWhy()
    {
        var evaluation = TargetEvaluation.Evaluate(Revenue, TargetTerms.Create(10000m).Value, Actual.FromValue(20000m), Q1, Feb14);

        Assert.Equal(200m, evaluation.AttainmentPercent);
        Assert.Equal(150m, evaluation.ScorePercent);
        Assert.Contains("score 150.00, capped (threshold 0 %, cap 150 %)", evaluation.Trace.English);
    }

    [Fact]
    public void Evaluate_TargetZero_NoAttainment()
    {
        var evaluation = TargetEvaluation.Evaluate(Revenue, TargetTerms.Create(0m).Value, Actual.FromValue(20m), Q1, Feb14);

        Assert.Null(evaluation.ScorePercent);
        Assert.Equal("Revenue 20.00 of target 0.00: no attainment against a target of 0, so no score; expected to date 0.00", evaluation.Trace.English);
    }

    [Fact]
    public void Evaluate_RevenueGrowthPreviousZero_NoAttainment()
    {
        var growth = Kpi.Create(BilingualText.Of("Revenue growth", "收入增长"), Measure.RevenueGrowth);

        var evaluation = TargetEvaluation.Evaluate(growth, TargetTerms.Create(10m).Value, Actual.FromGrowth(50000m, 0m), Q1, Feb14);

        Assert.Null(evaluation.AttainmentPercent);
        Assert.Null(evaluation.ExpectedToDate);
    }
}
