using System;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Issue 16 item 3: the packed scheduled flow "SalesPerf nightly pace refresh" (Solution/Flows), run by the local
/// organisation's scheduler, moves pace with the calendar on days no deal moves. Expected-to-date by hand from domain.md
/// §4: target × (today − start) ÷ (end − start), clamped to [0, target], rounded to 2 decimals.
/// </summary>
public sealed class ScheduledRefreshTests
{
    private const string Flow = "spm_NightlyPaceRefresh";
    private const int OnPace = 100000000;
    private const int BehindPace = 100000001;

    [Fact]
    public void Schedule_TurnedOn_QuarterTargetOnPaceOnJan27_BehindOnJan28_WithNoDealMoving()
    {
        var (org, book) = Book();
        org.Org.Scheduler.TurnOn(Flow);

        org.Org.RunScheduledJobs(At("2026-01-27 09:00"));

        // Q1 = 1 Jan – 31 Mar (89 days); on 27 Jan 26 days have passed: 100,000 × 26 ÷ 89 = 29,213.48 ≤ 30,000 won.
        Assert.Equal(29_213.48m, org.Number("spm_target", book.Quarter, "spm_expectedtodatevalue"));
        Assert.Equal(OnPace, Pace(org, book.Quarter));

        var runs = org.Org.RunScheduledJobs(At("2026-01-28 09:00"));

        // 28 Jan: 100,000 × 27 ÷ 89 = 30,337.08 > 30,000: behind, though no deal moved since 20 Jan.
        Assert.Single(runs);
        Assert.Equal(At("2026-01-28 02:00"), runs[0].FiredAt);
        Assert.Equal(30_337.08m, org.Number("spm_target", book.Quarter, "spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, Pace(org, book.Quarter));
        // The projection stays actual + open pipeline closing in Q1 weighted by probability: the open 20,000 deal has no
        // probability (counted as 0), so 30,000, 30 % of 100,000.
        Assert.Equal(30_000m, org.Number("spm_target", book.Quarter, "spm_projectedvalue"));
        Assert.Equal(30m, org.Number("spm_target", book.Quarter, "spm_projectedattainmentpercent"));
    }

    [Fact]
    public void Schedule_TurnedOn_EveryNightToFeb14_MonthAndQuarterFollowTheCalendar()
    {
        var (org, book) = Book();
        org.Org.Scheduler.TurnOn(Flow);

        var runs = org.Org.RunScheduledJobs(At("2026-02-14 09:00"));

        // One run a night at 02:00 UTC from 21 Jan to 14 Feb, each to the end.
        Assert.Equal(25, runs.Count);
        Assert.All(runs, run => Assert.True(run.Finished, run.Error));
        Assert.Equal(At("2026-02-14 09:00"), org.Org.Clock.UtcNow);
        // January (31 days) got its last refresh on 31 Jan: the whole 40,000 expected, 30,000 won.
        Assert.Equal(40_000m, org.Number("spm_target", book.January, "spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, Pace(org, book.January));
        // 14 Feb: Q1 100,000 × 44 ÷ 89 = 49,438.20 (domain.md's worked example); February 30,000 × 13 ÷ 27 = 14,444.44, nothing won.
        Assert.Equal(49_438.20m, org.Number("spm_target", book.Quarter, "spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, Pace(org, book.Quarter));
        Assert.Equal(14_444.44m, org.Number("spm_target", book.February, "spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, Pace(org, book.February));
    }

    [Fact]
    public void Schedule_AsPacked_IsOffAndRunsNothing()
    {
        var (org, book) = Book();

        var runs = org.Org.RunScheduledJobs(At("2026-02-14 09:00"));

        Assert.False(org.Org.Scheduler.IsOn(Flow));
        Assert.Empty(runs);
        // The figures of 20 Jan stay: 100,000 × 19 ÷ 89 = 21,348.31, on pace.
        Assert.Equal(21_348.31m, org.Number("spm_target", book.Quarter, "spm_expectedtodatevalue"));
        Assert.Equal(OnPace, Pace(org, book.Quarter));
        Assert.Equal(At("2026-02-14 09:00"), org.Org.Clock.UtcNow);
    }

    [Fact]
    public void Schedule_TurnedOffAgain_StopsRunning()
    {
        var (org, book) = Book();
        org.Org.Scheduler.TurnOn(Flow);
        org.Org.RunScheduledJobs(At("2026-01-27 09:00"));
        org.Org.Scheduler.TurnOff(Flow);

        var runs = org.Org.RunScheduledJobs(At("2026-02-14 09:00"));

        Assert.Empty(runs);
        Assert.Equal(29_213.48m, org.Number("spm_target", book.Quarter, "spm_expectedtodatevalue"));
    }

    [Fact]
    public void Schedule_ImportedTargets_OnlyRunningPeriods_InBoundedSlices()
    {
        var org = new SalesOrg(new DateTime(2026, 2, 13, 12, 0, 0, DateTimeKind.Utc));
        var periods = org.Fy2026();
        var march = org.PeriodId("FY2026-M03");
        var kpis = new[] { org.Kpi("Revenue", Measures.Revenue), org.Kpi("Won deals", Measures.WonDeals) };
        for (var rep = 0; rep < 120; rep++)
        {
            var user = org.User("Rep " + rep.ToString(CultureInfo.InvariantCulture));
            foreach (var kpi in kpis)
            {
                foreach (var period in new[] { periods.Q1, periods.February, march })
                {
                    Import(org, user, kpi, period, 10_000m);
                }
            }
        }

        org.Org.Scheduler.TurnOn(Flow);
        var run = Assert.Single(org.Org.RunScheduledJobs(At("2026-02-14 09:00")));

        // Running on 14 Feb: Q1, H1, FY2026 and February (start, end order). Q1 and February hold 240 targets each, read
        // 200 a slice (the flow's SliceSize): 200 + 40, 0 (H1), 0 (FY), 200 + 40 = six slices, 480 targets; March waits.
        Assert.True(run.Finished, run.Error);
        Assert.Equal("spm_RefreshPace", run.Action);
        Assert.Equal(6, run.Slices);
        Assert.Equal(480, run.Targets);
        Assert.All(run.CallsPerSlice, calls => Assert.InRange(calls, 1, SliceBounds.MaxCallsPerSlice));
        Assert.Equal(run.CallsPerSlice[0], run.CallsPerSlice[4]); // two full pages of 200 targets of 100 owners cost the same
        var targets = org.Org.Rows("spm_target");
        Assert.All(targets.Where(t => t.GetAttributeValue<EntityReference>("spm_periodid").Id == march), t => Assert.False(t.Contains("spm_lastcalculatedon")));
        Assert.All(targets.Where(t => t.GetAttributeValue<EntityReference>("spm_periodid").Id != march), t => Assert.True(t.Contains("spm_lastcalculatedon")));
        // February 10,000 × 13 ÷ 27 = 4,814.81 expected by 14 Feb; nothing won: behind.
        var february = targets.First(t => t.GetAttributeValue<EntityReference>("spm_periodid").Id == periods.February);
        Assert.Equal(4_814.81m, february.GetAttributeValue<decimal?>("spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, february.GetAttributeValue<OptionSetValue>("spm_pacestatus").Value);
    }

    [Fact]
    public void RefreshPace_CursorOfRecalculate_RefusedInBothLanguages()
    {
        var (org, _) = Book();
        var recalculation = RecalculateRun.Slice(org.Service, null, null, null, 1);

        var english = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RefreshPaceRun.Slice(org.Service, recalculation.NextCursor));
        var settings = org.Org.Rows("usersettings").Single(r => r.GetAttributeValue<Guid>("systemuserid") == org.Org.AdministratorId);
        org.Service.Update(new Entity("usersettings", settings.Id) { ["uilanguageid"] = 2052 });
        var chinese = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RefreshPaceRun.Slice(org.Service, recalculation.NextCursor));

        Assert.StartsWith("[SPM-SCH-001] Request 'spm_RefreshPace': the cursor was returned by another request", english.Message, StringComparison.Ordinal);
        Assert.StartsWith("[SPM-SCH-001] 请求“spm_RefreshPace”：该游标由其他请求", chinese.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalculate_CursorOfRefreshPace_RefusedAsAnotherRequest()
    {
        var (org, _) = Book();
        var refresh = RefreshPaceRun.Slice(org.Service, null, 1);

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RecalculateRun.Slice(org.Service, null, null, refresh.NextCursor));

        Assert.False(refresh.IsDone);
        Assert.Contains("[SPM-RCL-003]", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public void RefreshPace_SliceSizeOutOfRange_Refused(int size)
    {
        var (org, _) = Book();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => RefreshPaceRun.Slice(org.Service, null, size));

        Assert.Contains("[SPM-RCL-001]", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefreshPace_RunStartedBeforeMidnight_FinishesThePeriodsOfItsDay()
    {
        var (org, book) = Book();
        org.Org.Clock.UtcNow = At("2026-01-31 23:59");
        var first = RefreshPaceRun.Slice(org.Service, null, 1);
        org.Org.Clock.UtcNow = At("2026-02-01 00:01");

        // January no longer runs on 1 Feb; the cursor still walks the periods of 31 Jan (January, Q1, H1, FY2026), so
        // the run is not refused as "period gone" and February's target waits for the next night.
        var rest = RefreshPaceRun.ToEnd(org.Service, 1, cursor: first.NextCursor);

        Assert.Equal(1, first.Targets); // January first: it starts with Q1, H1 and FY2026 and ends first
        Assert.Equal(1, rest.Targets); // Q1
        Assert.Equal(3, rest.Slices); // Q1, H1 (none), FY2026 (none)
        Assert.Equal(40_000m, org.Number("spm_target", book.January, "spm_expectedtodatevalue"));
        Assert.Equal(BehindPace, Pace(org, book.January));
    }

    private static (SalesOrg Org, AliceTargets Book) Book()
    {
        var org = new SalesOrg(At("2026-01-20 09:00"));
        var alice = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var book = new AliceTargets(
            org.Target(alice, revenue, periods.Q1, 100_000m),
            org.Target(alice, revenue, periods.January, 40_000m),
            org.Target(alice, revenue, periods.February, 30_000m));
        var won = org.Opportunity(alice, 30_000m, "2026-01-10");
        org.Win(won, 30_000m, "2026-01-10");
        org.Opportunity(alice, 20_000m, "2026-03-15");
        return (org, book);
    }

    private static int? Pace(SalesOrg org, Guid target) => org.Row("spm_target", target).GetAttributeValue<OptionSetValue>("spm_pacestatus")?.Value;

    private static DateTime At(string text) => DateTime.SpecifyKind(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc);

    private static void Import(SalesOrg org, Guid owner, Guid kpi, Guid period, decimal value) => org.Service.Execute(new CreateRequest
    {
        Target = new Entity("spm_target")
        {
            ["spm_name"] = "Imported target",
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", period),
            ["spm_targetvalue"] = value,
        },
        [BulkWins.BypassParameter] = true,
    });

    private sealed record AliceTargets(Guid Quarter, Guid January, Guid February);
}
