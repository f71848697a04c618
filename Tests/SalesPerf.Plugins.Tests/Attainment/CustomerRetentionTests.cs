using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>Retention and churn from customer buckets (docs/domain-rules.md, "Customer KPIs"), without any SDK.</summary>
public sealed class CustomerRetentionTests
{
    private static readonly Guid Alice = new("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid Bob = new("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Acme = new("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Globex = new("cccccccc-0000-0000-0000-000000000002");
    private static readonly Guid Initech = new("cccccccc-0000-0000-0000-000000000003");
    private static readonly Guid Hooli = new("cccccccc-0000-0000-0000-000000000004");
    private static readonly DateRange Q2 = DateRange.Of(CalendarDate.Create(2026, 4, 1), CalendarDate.Create(2026, 6, 30));

    private static readonly MeasureFacts Facts = new()
    {
        Customers =
        [
            new CustomerBucket(Alice, Acme, CalendarDate.Create(2026, 1, 1)),
            new CustomerBucket(Alice, Acme, CalendarDate.Create(2026, 2, 1)), // same customer twice in Q1: counted once
            new CustomerBucket(Alice, Globex, CalendarDate.Create(2026, 3, 1)),
            new CustomerBucket(Alice, Initech, CalendarDate.Create(2025, 12, 1)), // before Q1: not in the denominator
            new CustomerBucket(Alice, Acme, CalendarDate.Create(2026, 4, 1)),
            new CustomerBucket(Alice, Acme, CalendarDate.Create(2026, 5, 1)), // same customer twice in Q2: counted once
            new CustomerBucket(Alice, Initech, CalendarDate.Create(2026, 5, 1)),
            new CustomerBucket(Alice, Hooli, CalendarDate.Create(2026, 6, 1)), // new: not in the denominator
            new CustomerBucket(Bob, Globex, CalendarDate.Create(2026, 4, 1)), // Globex bought again, but from Bob
        ],
    };

    [Fact]
    public void Retention_OneOfTwoPreviousCustomersBuysAgainFromTheOwner_FiftyPercent()
    {
        var actual = MeasureCalculator.Compute(Measure.CustomerRetentionRate, Alice, Q2, Facts).Actual;

        Assert.Equal(1m, actual.Numerator);
        Assert.Equal(2m, actual.Denominator);
        Assert.Equal(50m, actual.Value);
    }

    [Fact]
    public void Churn_OneOfTwoPreviousCustomersLost_FiftyPercent()
    {
        var actual = MeasureCalculator.Compute(Measure.CustomerChurnRate, Alice, Q2, Facts).Actual;

        Assert.Equal(1m, actual.Numerator);
        Assert.Equal(2m, actual.Denominator);
        Assert.Equal(50m, actual.Value);
    }

    [Fact]
    public void Retention_NoCustomerInThePreviousPeriod_NoValue()
    {
        var actual = MeasureCalculator.Compute(Measure.CustomerRetentionRate, Bob, Q2, Facts).Actual;

        Assert.Equal(0m, actual.Denominator);
        Assert.False(actual.HasValue);
    }

    [Fact]
    public void Ranges_Retention_PreviousPeriodAndPeriod()
    {
        var ranges = MeasureNeeds.Ranges(Measure.CustomerChurnRate, Q2);

        Assert.Equal([DateRange.Of(CalendarDate.Create(2026, 1, 1), CalendarDate.Create(2026, 3, 31)), Q2], ranges);
        Assert.Equal([MeasureSource.RepeatCustomers], MeasureNeeds.Sources(Measure.CustomerRetentionRate));
    }
}
