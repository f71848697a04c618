using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.Periods;

public sealed class PeriodValidationTests
{
    [Fact]
    public void CreatePeriod_EndBeforeStart_FaultsNamingThePeriodAndCreatesNothing()
    {
        var org = new PlanningOrg();

        var fault = Fault(() => org.CreatePeriod("Spring push", Quarter, "2026-03-31", "2026-01-01"));

        Assert.Equal(
            "[SPM-PER-001] Period 'Spring push': the end date 2026-01-01 is before the start date 2026-03-31. Enter an end date on or after the start date.",
            fault.Detail.Message);
        Assert.Equal(0, org.Count("spm_period"));
    }

    [Fact]
    public void CreatePeriod_OverlapsAPeriodOfTheSameType_FaultsNamingTheOther()
    {
        var org = new PlanningOrg();
        org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        var fault = Fault(() => org.CreatePeriod("Q-Feb", Quarter, "2026-02-01", "2026-04-30"));

        Assert.StartsWith("[SPM-PER-002] Period 'Q-Feb': its dates overlap period 'FY2026-Q1' (2026-01-01 to 2026-03-31)", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(1, org.Count("spm_period"));
    }

    [Fact]
    public void CreatePeriod_OverlapsAPeriodOfAnotherType_IsAccepted()
    {
        var org = new PlanningOrg();
        org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        org.CreatePeriod("FY2026-M02", Month, "2026-02-01", "2026-02-28");

        Assert.Equal(2, org.Count("spm_period"));
    }

    [Fact]
    public void CreatePeriod_OutsideItsParent_Faults()
    {
        var org = new PlanningOrg();
        var q1 = org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        var fault = Fault(() => org.CreatePeriod("FY2026-M04", Month, "2026-04-01", "2026-04-30", q1));

        Assert.Contains("[SPM-PER-003] Period 'FY2026-M04': its dates lie outside its parent period 'FY2026-Q1' (2026-01-01 to 2026-03-31)", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePeriod_CodeAlreadyUsed_Faults()
    {
        var org = new PlanningOrg();
        org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        var fault = Fault(() => org.CreatePeriod("FY2026-Q1", Month, "2026-05-01", "2026-05-31"));

        Assert.Contains("[SPM-PER-006]", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdatePeriod_EndMovedBeforeStart_FaultsAndKeepsTheRow()
    {
        var org = new PlanningOrg();
        var q1 = org.CreatePeriod("FY2026-Q1", Quarter, "2026-01-01", "2026-03-31");

        var fault = Fault(() => org.Service.Update(new Entity("spm_period", q1) { ["spm_enddate"] = Date("2025-12-31") }));

        Assert.StartsWith("[SPM-PER-001] Period 'FY2026-Q1'", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal("2026-03-31", Day(org.Period("FY2026-Q1"), "spm_enddate"));
    }

    [Fact]
    public void UpdatePeriod_ShiftedOntoItsNeighbour_Faults()
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var q2 = org.Period("FY2026-Q2").Id;

        var fault = Fault(() => org.Service.Update(new Entity("spm_period", q2) { ["spm_startdate"] = Date("2026-03-01") }));

        Assert.Contains("overlap period 'FY2026-Q1'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatePeriod_ChineseUser_GetsTheMessageInChinese()
    {
        var org = new PlanningOrg(languageCode: 2052);

        var fault = Fault(() => org.CreatePeriod("一季度", Quarter, "2026-03-31", "2026-01-01"));

        Assert.Equal("[SPM-PER-001] 期间“一季度”：结束日期 2026-01-01 早于开始日期 2026-03-31。请输入不早于开始日期的结束日期。", fault.Detail.Message);
    }
}
