using System.Collections.Generic;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Facts;

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
        _ => None,
    };

    /// <summary>
    /// The ranges the queries must cover for <paramref name="period"/>: the period itself, plus the same period one
    /// year earlier for RevenueGrowth, the 12 months before it for RepeatPurchaseRate and the previous period of the
    /// same length (<see cref="DateRange.Previous"/>) for CustomerRetentionRate and CustomerChurnRate.
    /// </summary>
    public static IReadOnlyList<DateRange> Ranges(Measure measure, DateRange period) => measure switch
    {
        Measure.RevenueGrowth => [period, period.OneYearEarlier()],
        Measure.RepeatPurchaseRate => [RepeatWindow(period), period],
        Measure.CustomerRetentionRate or Measure.CustomerChurnRate => [period.Previous(), period],
        _ => [period],
    };

    /// <summary>RepeatPurchaseRate's look-back: the 12 months before the period's first day.</summary>
    public static DateRange RepeatWindow(DateRange period) => DateRange.Of(period.Start.AddMonths(-12), period.Start.AddDays(-1));
}
