using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>Query rows (with aliased linked and aggregate columns) mapped to plain values at the boundary.</summary>
public sealed class RowMappingTests
{
    private static readonly Guid Owner = Guid.NewGuid();

    [Fact]
    public void TargetReaderMap_RowWithKpiPeriodAndParentLinks_TargetRowWithDomainValues()
    {
        var parent = Guid.NewGuid();
        var row = new Entity("spm_target", Guid.NewGuid())
        {
            ["spm_name"] = "Alice Q1 cycle",
            ["ownerid"] = new EntityReference("systemuser", Owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", Guid.NewGuid()),
            ["spm_periodid"] = new EntityReference("spm_period", Guid.NewGuid()),
            ["spm_parenttargetid"] = new EntityReference("spm_target", parent),
            ["spm_targetvalue"] = 30m,
            ["spm_numerator"] = 52m,
            ["spm_denominator"] = 2m,
            ["spm_rollupsource"] = new OptionSetValue(100000000),
            ["k.spm_name"] = new AliasedValue("spm_kpi", "spm_name", "Sales cycle"),
            ["k.spm_measure"] = new AliasedValue("spm_kpi", "spm_measure", new OptionSetValue(100000003)),
            ["k.spm_direction"] = new AliasedValue("spm_kpi", "spm_direction", new OptionSetValue(100000001)),
            ["p.spm_code"] = new AliasedValue("spm_period", "spm_code", "FY2026-Q1"),
            ["p.spm_periodtype"] = new AliasedValue("spm_period", "spm_periodtype", new OptionSetValue(100000002)),
            ["p.spm_startdate"] = new AliasedValue("spm_period", "spm_startdate", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            ["p.spm_enddate"] = new AliasedValue("spm_period", "spm_enddate", new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc)),
            ["pt.spm_rollupsource"] = new AliasedValue("spm_target", "spm_rollupsource", new OptionSetValue(100000001)),
        };

        var target = TargetReader.Map(row);

        Assert.Equal(Measure.SalesCycleDays, target.Kpi.Measure);
        Assert.Equal(KpiDirection.LowerIsBetter, target.Kpi.Kpi.Direction);
        Assert.Equal(PeriodType.Quarter, target.Period.Type);
        Assert.Equal(DateRange.Of(CalendarDate.Create(2026, 1, 1), CalendarDate.Create(2026, 3, 31)), target.Period.Range);
        Assert.Equal(parent, target.ParentId);
        Assert.Equal(100000001, target.ParentRollupSource);
        Assert.False(target.RollsUpChildren);
        Assert.Equal(150m, target.ScoreCap);
        Assert.True(target.Kpi.Filter.IsEmpty);

        // The stored average keeps its parts: 52 days over 2 deals = 26.
        var actual = target.StoredActual();
        Assert.Equal(26m, actual.Value);
        Assert.Equal(2m, actual.Denominator);
    }

    [Fact]
    public void ToOpportunity_AggregateRow_BucketWithMonthDatesAndBaseAmounts()
    {
        var row = new Entity("opportunity")
        {
            [OpportunityActivityFetch.Owner] = new AliasedValue("opportunity", "ownerid", new EntityReference("systemuser", Owner)),
            [OpportunityActivityFetch.State] = new AliasedValue("opportunity", "statecode", new OptionSetValue(1)),
            [OpportunityActivityFetch.NewCustomer] = new AliasedValue("opportunity", "spm_isnewcustomer", true),
            [OpportunityActivityFetch.Close + "year"] = new AliasedValue("opportunity", "actualclosedate", 2026),
            [OpportunityActivityFetch.Close + "month"] = new AliasedValue("opportunity", "actualclosedate", 2),
            [OpportunityActivityFetch.Deals] = new AliasedValue("opportunity", "opportunityid", 3),
            [OpportunityActivityFetch.Revenue] = new AliasedValue("opportunity", "actualvalue_base", new Money(45_000m)),
            [OpportunityActivityFetch.CycleDays] = new AliasedValue("opportunity", "spm_salescycledays", 90),
            [OpportunityActivityFetch.CycleDeals] = new AliasedValue("opportunity", "spm_salescycledays", 3),
        };

        var bucket = MeasureFactsReader.ToOpportunity(row);

        Assert.Equal(Owner, bucket.OwnerId);
        Assert.Equal(1, bucket.State);
        Assert.True(bucket.IsNewCustomer);
        Assert.Equal(CalendarDate.Create(2026, 2, 1), bucket.Closed);
        Assert.Null(bucket.Estimated);
        Assert.Equal(3, bucket.Deals);
        Assert.Equal(45_000m, bucket.Revenue);
        Assert.Equal(0m, bucket.Pipeline);
        Assert.Equal(90m, bucket.CycleDays);
    }

    [Fact]
    public void ToSplit_RowWithoutCloseBucket_Skipped()
    {
        var row = new Entity("spm_dealsplit")
        {
            [DealSplitFetch.SplitUser] = new AliasedValue("spm_dealsplit", "spm_userid", new EntityReference("systemuser", Owner)),
        };

        Assert.Null(MeasureFactsReader.ToSplit(row));
    }
}
