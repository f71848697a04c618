using System.Collections.Generic;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;
using SalesPerf.Plugins.DataAccess.Rows;

namespace SalesPerf.Plugins.Attainment;

/// <summary>Which aggregate queries a measure needs, and which date ranges they must cover for one period.</summary>
public static class MeasureNeeds
{
    private static readonly MeasureSource[] None = [];
    private static readonly MeasureSource[] Opportunities = [MeasureSource.OpportunityActivity];
    private static readonly MeasureSource[] CreditedRevenue = [MeasureSource.OpportunityActivity, MeasureSource.DealSplits];

    public static IReadOnlyList<MeasureSource> Sources(Measure measure) => measure switch
    {
        Measure.Revenue or Measure.NewCustomerRevenueShare or Measure.RevenueGrowth => CreditedRevenue,
        Measure.WonDeals or Measure.WinRate or Measure.SalesCycleDays or Measure.NewCustomers => Opportunities,
        Measure.OrderAmount or Measure.GrossMargin or Measure.GrossMarginPercent => [MeasureSource.SalesOrders],
        Measure.CollectedAmount => [MeasureSource.Payments],
        Measure.CollectionRate => [MeasureSource.Payments, MeasureSource.InvoicesDue],
        Measure.CrossSell => [MeasureSource.CrossSellLines],
        Measure.CustomerSatisfaction => [MeasureSource.SurveyScores],
        Measure.RepeatPurchaseRate or Measure.CustomerRetentionRate or Measure.CustomerChurnRate => [MeasureSource.RepeatCustomers],
        Measure.CompletedVisits => [MeasureSource.Visits],
        Measure.VisitSuccessRate => [MeasureSource.Visits, MeasureSource.CreatedOpportunities],
        Measure.LeadConversionRate => [MeasureSource.ClosedLeads],
        Measure.FunnelStageConversion => [MeasureSource.ClosedStages],
        _ => None,
    };

    /// <summary>A KPI's sources: its measure's, and completed phone calls when a visit KPI counts them.</summary>
    public static IReadOnlyList<MeasureSource> Sources(KpiRow kpi) =>
        kpi.CountsPhoneCalls ? [.. Sources(kpi.Measure), MeasureSource.PhoneCalls] : Sources(kpi.Measure);

    /// <summary>A KPI's day-grained sources: VisitSuccessRate's, with its phone calls when it counts them.</summary>
    public static IReadOnlyList<MeasureSource> DaySources(KpiRow kpi) =>
        kpi.CountsPhoneCalls && kpi.Measure == Measure.VisitSuccessRate ? [.. DaySources(kpi.Measure), MeasureSource.PhoneCalls] : DaySources(kpi.Measure);

    /// <summary>The facts a KPI computes from: completed phone calls join its visits when it counts them, else the facts as read.</summary>
    public static MeasureFacts For(KpiRow kpi, MeasureFacts facts) =>
        kpi.CountsPhoneCalls && facts.PhoneCalls.Count > 0 ? facts with { Visits = [.. facts.Visits, .. facts.PhoneCalls] } : facts;

    /// <summary>
    /// The ranges the queries must cover for <paramref name="period"/>: the period itself, plus the same period one
    /// year earlier for RevenueGrowth, the 12 months before it for RepeatPurchaseRate and the previous period of the
    /// same length (<see cref="DateRange.Previous"/>) for CustomerRetentionRate and CustomerChurnRate.
    /// </summary>
    public static IReadOnlyList<DateRange> Ranges(Measure measure, DateRange period) => measure switch
    {
        Measure.RevenueGrowth => [period, period.OneYearEarlier()],
        Measure.RepeatPurchaseRate => [RepeatWindow(period), period],
        Measure.VisitSuccessRate => [period, VisitSuccessWindow(period)],
        Measure.CustomerRetentionRate or Measure.CustomerChurnRate => [period.Previous(), period],
        _ => [period],
    };

    /// <summary>VisitSuccessRate compares a visit's day with an opportunity's: its two aggregates are grouped by day whatever the period.</summary>
    public static IReadOnlyList<MeasureSource> DaySources(Measure measure) =>
        measure == Measure.VisitSuccessRate ? [MeasureSource.Visits, MeasureSource.CreatedOpportunities] : None;

    /// <summary>
    /// The ranges whose buckets the calculator sums (they decide month or day grain): <see cref="Ranges"/> without
    /// VisitSuccessRate's 30 days after the period, which only its day-grained opportunity aggregate reads.
    /// </summary>
    public static IReadOnlyList<DateRange> BucketedRanges(Measure measure, DateRange period) =>
        measure == Measure.VisitSuccessRate ? [period] : Ranges(measure, period);

    /// <summary>VisitSuccessRate: an opportunity counts when created within this many days after the visit (the visit's day included).</summary>
    public const int VisitSuccessDays = 30;

    /// <summary>VisitSuccessRate's span: the period's visits and the opportunities created up to <see cref="VisitSuccessDays"/> after its last day.</summary>
    public static DateRange VisitSuccessWindow(DateRange period) => DateRange.Of(period.Start, period.End.AddDays(VisitSuccessDays));

    /// <summary>RepeatPurchaseRate's look-back: the 12 months before the period's first day.</summary>
    public static DateRange RepeatWindow(DateRange period) => DateRange.Of(period.Start.AddMonths(-12), period.Start.AddDays(-1));
}
