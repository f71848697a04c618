using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.DataAccess.Facts;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>The process measures from buckets (domain-rules.md "Process KPIs"), values worked by hand, without any SDK.</summary>
public sealed class ProcessMeasuresTests
{
    private static readonly Guid Alice = new("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid Bob = new("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid Acme = new("cccccccc-0000-0000-0000-000000000001");
    private static readonly Guid Globex = new("cccccccc-0000-0000-0000-000000000002");
    private static readonly DateRange Q1 = DateRange.Of(Date(2026, 1, 1), Date(2026, 3, 31));

    [Fact]
    public void CompletedVisits_BucketsInAndOutOfThePeriod_CountsOnlyTheOwnersInside()
    {
        var facts = new MeasureFacts
        {
            Visits =
            [
                new VisitBucket(Alice, Acme, Date(2026, 2, 2), 2),
                new VisitBucket(Alice, null, Date(2026, 3, 31), 1), // regarding nothing: still a visit
                new VisitBucket(Alice, Acme, Date(2026, 4, 1), 5), // Q2
                new VisitBucket(Bob, Acme, Date(2026, 2, 2), 7), // another owner
            ],
        };

        Assert.Equal(3m, MeasureCalculator.Compute(Measure.CompletedVisits, Alice, Q1, facts).Actual.Value);
    }

    [Fact]
    public void CompletedVisits_NoVisit_HasNoActual()
    {
        Assert.Null(MeasureCalculator.Compute(Measure.CompletedVisits, Alice, Q1, MeasureFacts.Empty).Actual.Value);
    }

    [Theory]
    [InlineData(2026, 3, 10, 1)] // the visit's own day
    [InlineData(2026, 4, 9, 1)] // visit + 30 days
    [InlineData(2026, 4, 10, 0)] // one day too late
    [InlineData(2026, 3, 9, 0)] // before the visit
    public void VisitSuccessRate_OpportunityWithinThirtyDays_CountsTheCustomer(int year, int month, int day, int successful)
    {
        var facts = new MeasureFacts
        {
            Visits = [new VisitBucket(Alice, Acme, Date(2026, 3, 10), 1), new VisitBucket(Alice, Globex, Date(2026, 2, 1), 1)],
            CreatedOpportunities = [new CreatedOpportunityBucket(Alice, Acme, Date(year, month, day))],
        };

        var actual = MeasureCalculator.Compute(Measure.VisitSuccessRate, Alice, Q1, facts).Actual;

        Assert.Equal((decimal)successful, actual.Numerator);
        Assert.Equal(2m, actual.Denominator);
    }

    [Fact]
    public void VisitSuccessRate_AnotherOwnersOpportunity_DoesNotCount()
    {
        var facts = new MeasureFacts
        {
            Visits = [new VisitBucket(Alice, Acme, Date(2026, 3, 10), 1)],
            CreatedOpportunities = [new CreatedOpportunityBucket(Bob, Acme, Date(2026, 3, 11))],
        };

        var actual = MeasureCalculator.Compute(Measure.VisitSuccessRate, Alice, Q1, facts).Actual;

        Assert.Equal(0m, actual.Value);
        Assert.Equal(1m, actual.Denominator);
    }

    [Fact]
    public void LeadConversionRate_QualifiedAndDisqualified_IsQualifiedOverClosed()
    {
        var facts = new MeasureFacts
        {
            Leads =
            [
                new LeadBucket(Alice, 1, Date(2026, 1, 1), 2),
                new LeadBucket(Alice, 2, Date(2026, 3, 1), 1),
                new LeadBucket(Alice, 2, Date(2026, 4, 1), 9), // Q2
            ],
        };

        var actual = MeasureCalculator.Compute(Measure.LeadConversionRate, Alice, Q1, facts).Actual;

        Assert.Equal(2m, actual.Numerator);
        Assert.Equal(3m, actual.Denominator);
        Assert.Equal(66.67m, actual.Value);
    }

    [Theory]
    [InlineData(0, 4, 5)] // past Qualify: every closed deal with a stage reached it, f3 (lost at Qualify) did not move past
    [InlineData(1, 3, 4)] // past Develop: the worked example, 75 %
    [InlineData(2, 2, 3)] // past Propose: lost at Propose reached it but did not move past; the won deals did
    [InlineData(3, 2, 2)] // past Close: only the won deals
    public void FunnelStageConversion_ClosedDeals_PassedOverReached(int stage, int passed, int reached)
    {
        var facts = new MeasureFacts
        {
            Stages =
            [
                new StageBucket(Alice, 1, 2, Date(2026, 3, 1), 1), // won at Propose
                new StageBucket(Alice, 2, 1, Date(2026, 3, 2), 1), // lost at Develop
                new StageBucket(Alice, 2, 0, Date(2026, 3, 3), 1), // lost at Qualify
                new StageBucket(Alice, 2, 2, Date(2026, 3, 4), 1), // lost at Propose
                new StageBucket(Alice, 1, null, Date(2026, 3, 5), 1), // won without a stage
                new StageBucket(Alice, 2, null, Date(2026, 3, 6), 1), // lost without a stage: reached nothing
            ],
        };

        var actual = MeasureCalculator.Compute(Measure.FunnelStageConversion, Alice, Q1, facts, stage).Actual;

        Assert.Equal((decimal)passed, actual.Numerator);
        Assert.Equal((decimal)reached, actual.Denominator);
    }

    [Fact]
    public void FunnelStageConversion_NoStage_HasNoActual()
    {
        var facts = new MeasureFacts { Stages = [new StageBucket(Alice, 1, 2, Date(2026, 3, 1), 1)] };

        Assert.Null(MeasureCalculator.Compute(Measure.FunnelStageConversion, Alice, Q1, facts).Actual.Value);
    }

    private static CalendarDate Date(int year, int month, int day) => CalendarDate.Create(year, month, day);
}
