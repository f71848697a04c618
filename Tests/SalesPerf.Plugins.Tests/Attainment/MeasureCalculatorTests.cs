using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>Buckets summed into periods and turned into actuals (domain doc section 3), without any SDK.</summary>
public sealed class MeasureCalculatorTests
{
    private static readonly Guid Alice = new("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid Bob = new("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Deal = new("dddddddd-0000-0000-0000-000000000003");
    private static readonly DateRange Q1 = DateRange.Of(Date(2026, 1, 1), Date(2026, 3, 31));
    private static readonly DateRange February = DateRange.Of(Date(2026, 2, 1), Date(2026, 2, 28));

    [Fact]
    public void Revenue_WonBucketsInAndOutOfThePeriod_SumsOnlyThoseInside()
    {
        var facts = new MeasureFacts
        {
            Opportunities =
            [
                Won(Alice, Date(2026, 1, 1), 2, 30_000m),
                Won(Alice, Date(2026, 2, 1), 1, 20_000m),
                Won(Alice, Date(2026, 4, 1), 1, 99_000m), // Q2: outside
                Won(Bob, Date(2026, 2, 1), 1, 5_000m), // another owner
            ],
        };

        var quarter = MeasureCalculator.Compute(Measure.Revenue, Alice, Q1, facts);
        var month = MeasureCalculator.Compute(Measure.Revenue, Alice, February, facts);

        Assert.Equal(50_000m, quarter.Actual.Value);
        Assert.Equal(20_000m, month.Actual.Value);
    }

    [Fact]
    public void Revenue_NoRecords_NoActual()
    {
        var outcome = MeasureCalculator.Compute(Measure.Revenue, Alice, Q1, MeasureFacts.Empty);

        Assert.False(outcome.Actual.HasValue);
        Assert.Equal(0m, outcome.InProgress);
    }

    [Fact]
    public void Revenue_SplitOfThirtyPercent_MovesThreeTenthsFromOwnerToSplitUser()
    {
        var facts = new MeasureFacts
        {
            Opportunities = [Won(Alice, Date(2026, 2, 1), 1, 10_000m)],
            Splits = [new SplitBucket(Bob, Deal, Alice, false, Date(2026, 2, 1), 30m, 10_000m)],
        };

        Assert.Equal(7_000m, MeasureCalculator.Compute(Measure.Revenue, Alice, Q1, facts).Actual.Value);
        Assert.Equal(3_000m, MeasureCalculator.Compute(Measure.Revenue, Bob, Q1, facts).Actual.Value);
    }

    [Fact]
    public void WinRate_ThreeWonOneLost_SeventyFivePercentWithParts()
    {
        var facts = new MeasureFacts
        {
            Opportunities = [Won(Alice, Date(2026, 2, 1), 3, 1m), new OpportunityBucket(Alice, 2, false, Date(2026, 3, 1), null, 1, 0m, 0m, 0m, 0)],
        };

        var actual = MeasureCalculator.Compute(Measure.WinRate, Alice, Q1, facts).Actual;

        Assert.Equal(75m, actual.Value);
        Assert.Equal(3m, actual.Numerator);
        Assert.Equal(4m, actual.Denominator);
    }

    [Fact]
    public void SalesCycleDays_TwoDeals_AverageOfStampedDays()
    {
        var facts = new MeasureFacts
        {
            Opportunities = [new OpportunityBucket(Alice, 1, false, Date(2026, 2, 1), null, 2, 0m, 0m, 100m, 2)],
        };

        var actual = MeasureCalculator.Compute(Measure.SalesCycleDays, Alice, Q1, facts).Actual;

        Assert.Equal(50m, actual.Value);
        Assert.Equal(100m, actual.Numerator);
        Assert.Equal(2m, actual.Denominator);
    }

    [Fact]
    public void RevenueGrowth_CurrentAndPreviousYear_GrowthInPercent()
    {
        var facts = new MeasureFacts
        {
            Opportunities = [Won(Alice, Date(2026, 2, 1), 1, 12_000m), Won(Alice, Date(2025, 2, 1), 1, 10_000m)],
        };

        var actual = MeasureCalculator.Compute(Measure.RevenueGrowth, Alice, Q1, facts).Actual;

        // (12,000 − 10,000) ÷ 10,000 = 20 %.
        Assert.Equal(20m, actual.Value);
        Assert.Equal(2_000m, actual.Numerator);
        Assert.Equal(10_000m, actual.Denominator);
    }

    [Fact]
    public void CollectionRate_PaidAgainstDue_RatioOfBaseAmounts()
    {
        var facts = new MeasureFacts
        {
            Payments = [new AmountBucket(Alice, Date(2026, 2, 1), 1, 8_000m)],
            InvoicesDue = [new AmountBucket(Alice, Date(2026, 3, 1), 1, 10_000m)],
        };

        Assert.Equal(80m, MeasureCalculator.Compute(Measure.CollectionRate, Alice, Q1, facts).Actual.Value);
        Assert.Equal(8_000m, MeasureCalculator.Compute(Measure.CollectedAmount, Alice, Q1, facts).Actual.Value);
    }

    [Fact]
    public void GrossMarginPercent_MarginOverAmount_Percent()
    {
        var facts = new MeasureFacts { Orders = [new OrderBucket(Alice, Date(2026, 2, 1), 2, 40_000m, 10_000m)] };

        Assert.Equal(25m, MeasureCalculator.Compute(Measure.GrossMarginPercent, Alice, Q1, facts).Actual.Value);
        Assert.Equal(40_000m, MeasureCalculator.Compute(Measure.OrderAmount, Alice, Q1, facts).Actual.Value);
        Assert.Equal(10_000m, MeasureCalculator.Compute(Measure.GrossMargin, Alice, Q1, facts).Actual.Value);
    }

    [Fact]
    public void RepeatPurchaseRate_OneOfTwoEarlierCustomersBuysAgain_FiftyPercent()
    {
        var acme = Guid.NewGuid();
        var globex = Guid.NewGuid();
        var facts = new MeasureFacts
        {
            Customers =
            [
                new CustomerBucket(Alice, acme, Date(2025, 6, 1)),
                new CustomerBucket(Alice, globex, Date(2025, 9, 1)),
                new CustomerBucket(Alice, acme, Date(2026, 2, 1)),
                new CustomerBucket(Alice, Guid.NewGuid(), Date(2026, 2, 1)), // new customer: not in the denominator
            ],
        };

        var actual = MeasureCalculator.Compute(Measure.RepeatPurchaseRate, Alice, Q1, facts).Actual;

        Assert.Equal(1m, actual.Numerator);
        Assert.Equal(2m, actual.Denominator);
        Assert.Equal(50m, actual.Value);
    }

    [Fact]
    public void InProgress_OpenDealsByEstimatedClose_SumAndCount()
    {
        var facts = new MeasureFacts
        {
            Opportunities = [new OpportunityBucket(Alice, 0, false, null, Date(2026, 3, 1), 2, 0m, 45_000m, 0m, 0)],
        };

        Assert.Equal(45_000m, MeasureCalculator.Compute(Measure.Revenue, Alice, Q1, facts).InProgress);
        Assert.Equal(2m, MeasureCalculator.Compute(Measure.WonDeals, Alice, Q1, facts).InProgress);
        Assert.Null(MeasureCalculator.Compute(Measure.WinRate, Alice, Q1, facts).InProgress);
    }

    [Fact]
    public void WeightedPipeline_EachGroupTimesItsProbability_EmptyWeighsNothing()
    {
        var facts = new MeasureFacts
        {
            Opportunities =
            [
                new OpportunityBucket(Alice, 0, false, null, Date(2026, 3, 1), 2, 0m, 45_000m, 0m, 0, 60),
                new OpportunityBucket(Alice, 0, false, null, Date(2026, 2, 1), 1, 0m, 10_000m, 0m, 0, 5),
                new OpportunityBucket(Alice, 0, false, null, Date(2026, 2, 1), 3, 0m, 30_000m, 0m, 0),
                new OpportunityBucket(Alice, 0, false, null, Date(2026, 4, 1), 1, 0m, 99_000m, 0m, 0, 100),
            ],
        };

        // 45,000 × 0.60 + 10,000 × 0.05 + 30,000 × 0 = 27,500; deals 2 × 0.60 + 1 × 0.05 = 1.25; April is outside Q1.
        var revenue = MeasureCalculator.Compute(Measure.Revenue, Alice, Q1, facts);
        Assert.Equal(85_000m, revenue.InProgress);
        Assert.Equal(27_500m, revenue.WeightedPipeline);
        var deals = MeasureCalculator.Compute(Measure.WonDeals, Alice, Q1, facts);
        Assert.Equal(6m, deals.InProgress);
        Assert.Equal(1.25m, deals.WeightedPipeline);
        Assert.Null(MeasureCalculator.Compute(Measure.WinRate, Alice, Q1, facts).WeightedPipeline);
    }

    private static OpportunityBucket Won(Guid owner, CalendarDate month, int deals, decimal revenue) =>
        new(owner, 1, false, month, null, deals, revenue, 0m, 0m, 0);

    private static CalendarDate Date(int year, int month, int day) => CalendarDate.Create(year, month, day);
}
