using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.Periods;

public sealed class YearGenerationTests
{
    [Fact]
    public void CreateYear_FiscalYearStartingJanuary_GeneratesHalvesQuartersAndMonths()
    {
        var org = new PlanningOrg(fiscalYearStartMonth: 1);

        org.CreateYear(2026);

        var periods = org.Periods();
        Assert.Equal(19, periods.Count);
        Assert.Equal(1, periods.Count(p => p.GetAttributeValue<OptionSetValue>("spm_periodtype").Value == Year));
        Assert.Equal(2, periods.Count(p => p.GetAttributeValue<OptionSetValue>("spm_periodtype").Value == HalfYear));
        Assert.Equal(4, periods.Count(p => p.GetAttributeValue<OptionSetValue>("spm_periodtype").Value == Quarter));
        Assert.Equal(12, periods.Count(p => p.GetAttributeValue<OptionSetValue>("spm_periodtype").Value == Month));
        AssertPeriod(org, "FY2026", "2026-01-01", "2026-12-31", null);
        AssertPeriod(org, "FY2026-H1", "2026-01-01", "2026-06-30", "FY2026");
        AssertPeriod(org, "FY2026-H2", "2026-07-01", "2026-12-31", "FY2026");
        AssertPeriod(org, "FY2026-Q1", "2026-01-01", "2026-03-31", "FY2026-H1");
        AssertPeriod(org, "FY2026-Q3", "2026-07-01", "2026-09-30", "FY2026-H2");
        AssertPeriod(org, "FY2026-M01", "2026-01-01", "2026-01-31", "FY2026-Q1");
        AssertPeriod(org, "FY2026-M02", "2026-02-01", "2026-02-28", "FY2026-Q1");
        AssertPeriod(org, "FY2026-M12", "2026-12-01", "2026-12-31", "FY2026-Q4");
        Assert.All(periods, p => Assert.Equal(2026, p.GetAttributeValue<int>("spm_fiscalyear")));
    }

    [Fact]
    public void CreateYear_FiscalYearStartingApril_NamesTheYearByItsStartAndMonthsByFiscalMonth()
    {
        var org = new PlanningOrg(fiscalYearStartMonth: 4);

        org.CreateYear(2026);

        Assert.Equal(19, org.Count("spm_period"));
        AssertPeriod(org, "FY2026", "2026-04-01", "2027-03-31", null);
        AssertPeriod(org, "FY2026-H2", "2026-10-01", "2027-03-31", "FY2026");
        AssertPeriod(org, "FY2026-Q1", "2026-04-01", "2026-06-30", "FY2026-H1");
        AssertPeriod(org, "FY2026-Q4", "2027-01-01", "2027-03-31", "FY2026-H2");
        AssertPeriod(org, "FY2026-M01", "2026-04-01", "2026-04-30", "FY2026-Q1");
        AssertPeriod(org, "FY2026-M12", "2027-03-01", "2027-03-31", "FY2026-Q4");
        Assert.Equal("FY2026 M01 (April 2026)", org.Period("FY2026-M01").GetAttributeValue<string>("spm_name"));
    }

    [Fact]
    public void CreateYear_StartDateOnly_CompletesFiscalYearCodeAndEnd()
    {
        var org = new PlanningOrg(fiscalYearStartMonth: 4);

        org.Service.Create(new Entity("spm_period") { ["spm_periodtype"] = new OptionSetValue(Year), ["spm_startdate"] = Date("2025-04-01") });

        var year = org.Period("FY2025");
        Assert.Equal("2026-03-31", Day(year, "spm_enddate"));
        Assert.Equal(2025, year.GetAttributeValue<int>("spm_fiscalyear"));
        Assert.Equal(19, org.Count("spm_period"));
    }

    [Fact]
    public void CreateYear_DatesOffTheFiscalCalendar_FaultsAndCreatesNothing()
    {
        var org = new PlanningOrg(fiscalYearStartMonth: 4);

        var fault = Fault(() => org.CreatePeriod("FY2026", Year, "2026-01-01", "2026-12-31"));

        Assert.Contains("[SPM-PER-007]", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("fiscal year 2025 runs from 2025-04-01 to 2026-03-31", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("spm_period"));
    }

    [Fact]
    public void CreateYear_QuarterEnteredBefore_KeepsItAndLinksItsMonths()
    {
        var org = new PlanningOrg();
        var q1 = org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        org.CreateYear(2026);

        Assert.Equal(19, org.Count("spm_period"));
        Assert.Equal(q1, org.Period("FY2026-M02").GetAttributeValue<EntityReference>("spm_parentperiodid").Id);
    }

    private static void AssertPeriod(PlanningOrg org, string code, string start, string end, string? parent)
    {
        var period = org.Period(code);
        Assert.Equal(start, Day(period, "spm_startdate"));
        Assert.Equal(end, Day(period, "spm_enddate"));
        var parentRef = period.GetAttributeValue<EntityReference>("spm_parentperiodid");
        if (parent is null)
        {
            Assert.Null(parentRef);
        }
        else
        {
            Assert.Equal(org.Period(parent).Id, parentRef.Id);
        }
    }
}
