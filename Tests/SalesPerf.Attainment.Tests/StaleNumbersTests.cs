using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Plugins.StaleNumbers;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Issue 12 item 10: a change to what a number is computed from (a KPI's measure, filter or direction, a period's dates)
/// recomputes the affected targets and scorecards in its own transaction up to <see cref="StaleBudget.MaxInlineTargets"/>
/// targets, and past that marks them with a reason; any later computation of a row clears its mark.
/// </summary>
public sealed class StaleNumbersTests
{
    private const int HigherIsBetter = 100000000;
    private const string BigDealsFilter = "<filter><condition attribute=\"name\" operator=\"eq\" value=\"Big\" /></filter>";

    [Fact]
    public void KpiFilter_ChangedWithFewTargets_TargetAndScorecardRecomputedInTheSameTransaction()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var card = org.Scorecard(rep, periods.Q1);
        var target = org.Target(rep, kpi, periods.Q1, 100_000m, t =>
        {
            t["spm_weight"] = 100m;
            t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
        });
        WinNamed(org, rep, "Big", 30_000m, "2026-02-10");
        WinNamed(org, rep, "Small", 20_000m, "2026-02-11");
        Assert.Equal(50_000m, org.Number("spm_target", target, "spm_actualvalue"));

        org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_filterxml"] = BigDealsFilter });

        // Only the deal named Big counts now: 30,000 ÷ 100,000 = 30 %; the scorecard's only target scores 30.
        Assert.Equal(30_000m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(30m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.Equal(30m, org.Number("spm_scorecard", card, "spm_weightedscore"));
        Assert.False(Marked(org, "spm_target", target));
        Assert.False(Marked(org, "spm_scorecard", card));
    }

    [Fact]
    public void KpiDirection_ChangedToLowerIsBetter_AttainmentIsTargetOverActualCappedScore()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var target = org.Target(rep, kpi, periods.Q1, 100_000m);
        WinNamed(org, rep, "Deal", 50_000m, "2026-02-10");
        Assert.Equal(50m, org.Number("spm_target", target, "spm_attainmentpercent"));

        org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_direction"] = new OptionSetValue(Measures.LowerIsBetter) });

        // Lower is better: target ÷ actual × 100 = 200 %; the score is clamped to the default cap of 150.
        Assert.Equal(200m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.Equal(150m, org.Number("spm_target", target, "spm_scorepercent"));
    }

    [Fact]
    public void KpiMeasure_ChangedToWonDeals_ActualBecomesTheCount()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Sales", Measures.Revenue);
        var target = org.Target(rep, kpi, periods.Q1, 4m);
        WinNamed(org, rep, "One", 50_000m, "2026-02-10");
        WinNamed(org, rep, "Two", 10_000m, "2026-02-11");

        org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_measure"] = new OptionSetValue(Measures.WonDeals) });

        // Two won deals against a target of 4: 50 %.
        Assert.Equal(2m, org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(50m, org.Number("spm_target", target, "spm_attainmentpercent"));
    }

    [Fact]
    public void PeriodEnd_MovedEarlier_ActualAndPaceOfItsTargetsRecomputed()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var quarter = org.Target(rep, kpi, periods.Q1, 100_000m);
        var march = org.Target(rep, kpi, periods.March, 10_000m);
        WinNamed(org, rep, "February", 20_000m, "2026-02-10");
        WinNamed(org, rep, "March", 30_000m, "2026-03-10");
        Assert.Equal(50_000m, org.Number("spm_target", quarter, "spm_actualvalue"));

        org.Service.Update(new Entity("spm_period", periods.Q1) { ["spm_enddate"] = SalesOrg.Date("2026-02-28") });

        // Q1 is 1 Jan – 28 Feb now: only the February win falls in it (20 %), and on 14 Feb the pace is
        // 100,000 × 44 ÷ 58 = 75,862.07. March keeps its own dates and numbers.
        Assert.Equal(20_000m, org.Number("spm_target", quarter, "spm_actualvalue"));
        Assert.Equal(20m, org.Number("spm_target", quarter, "spm_attainmentpercent"));
        Assert.Equal(75_862.07m, org.Number("spm_target", quarter, "spm_expectedtodatevalue"));
        Assert.Equal(30_000m, org.Number("spm_target", march, "spm_actualvalue"));
    }

    [Fact]
    public void KpiFilter_AtTheBound_RecomputedInlineWithinItsCallBudget()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var targets = Reps(org, StaleBudget.MaxInlineTargets).Select(rep =>
        {
            WinNamed(org, rep, "Small", 20_000m, "2026-02-11");
            return org.Target(rep, kpi, periods.Q1, 100_000m);
        }).ToList();

        var calls = org.CallsDuring(() => org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_filterxml"] = BigDealsFilter }));

        // No deal is named Big any more: every actual is gone. The KPI step: 1 query for the affected targets, then the
        // engine: 1 for the targets, 2 aggregates (opportunities, deal splits) and one Update per target (50): 54.
        var step = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(KpiChangePlugin).FullName!);
        Assert.True(step == 1 + 1 + 2 + StaleBudget.MaxInlineTargets, $"{step} calls: {org.CallLog()}");
        Assert.True(calls >= step);
        Assert.All(targets, t => Assert.Null(org.Number("spm_target", t, "spm_actualvalue")));
        Assert.All(targets, t => Assert.False(Marked(org, "spm_target", t)));
    }

    [Fact]
    public void KpiFilter_PastTheBound_RowsMarkedWithTheReasonAndRecalculateClearsThem()
    {
        var org = new SalesOrg();
        var ana = org.User("Ana Lima");
        org.Org.AssignRole(ana, BuiltInRole.SystemAdministrator.TemplateId);
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var reps = Reps(org, StaleBudget.MaxInlineTargets + 1);
        var cards = new List<Guid>();
        var targets = reps.Select(rep =>
        {
            WinNamed(org, rep, "Small", 20_000m, "2026-02-11");
            var card = org.Scorecard(rep, periods.Q1);
            cards.Add(card);
            return org.Target(rep, kpi, periods.Q1, 100_000m, t =>
            {
                t["spm_weight"] = 1m;
                t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
            });
        }).ToList();

        var calls = org.CallsDuring(() => org.Org.ServiceFor(ana).Update(new Entity("spm_kpi", kpi) { ["spm_filterxml"] = BigDealsFilter }));

        // 1 query for the targets, 1 read of Ana's name, one Update per target (51) and per scorecard (51).
        var step = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(KpiChangePlugin).FullName!);
        Assert.True(step == 2 + 2 * targets.Count, $"{step} calls: {org.CallLog()}");
        Assert.True(calls >= step);
        var reason = org.Row("spm_target", targets[0]).GetAttributeValue<string>("spm_recalculationreason");
        Assert.Equal(
            "KPI 'Revenue': filter changed on 2026-02-14 by Ana Lima; these numbers were computed before the change. Run Recalculate.\n"
            + "KPI“Revenue”的筛选条件已于 2026-02-14 由 Ana Lima 更改；这些数字是在更改之前计算的。请运行“重新计算”。",
            reason);
        Assert.All(targets, t => Assert.True(Marked(org, "spm_target", t)));
        Assert.All(cards, c => Assert.True(Marked(org, "spm_scorecard", c)));
        Assert.All(targets, t => Assert.Equal(20_000m, org.Number("spm_target", t, "spm_actualvalue")));
        Assert.Equal(reason, org.Row("spm_scorecard", cards[0]).GetAttributeValue<string>("spm_recalculationreason"));

        RecalculateRun.ToEnd(org.Service, new EntityReference("spm_period", periods.Q1), null);

        Assert.All(targets, t => Assert.Null(org.Number("spm_target", t, "spm_actualvalue")));
        Assert.All(targets, t => Assert.False(Marked(org, "spm_target", t)));
        Assert.All(targets, t => Assert.Null(org.Row("spm_target", t).GetAttributeValue<string>("spm_recalculationreason")));
        Assert.All(cards, c => Assert.False(Marked(org, "spm_scorecard", c)));
    }

    [Fact]
    public void MarkedTarget_NextWinOfItsOwner_SucceedsRecomputesAndClearsTheMark()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var reps = Reps(org, StaleBudget.MaxInlineTargets + 1);
        var targets = reps.Select(rep => org.Target(rep, kpi, periods.Q1, 100_000m)).ToList();
        WinNamed(org, reps[0], "Small", 20_000m, "2026-02-11");
        org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_filterxml"] = BigDealsFilter });
        Assert.True(Marked(org, "spm_target", targets[0]));

        WinNamed(org, reps[0], "Big", 40_000m, "2026-02-12");

        // The win recomputes the rep's target from source under the new filter: only Big counts, 40 %.
        Assert.Equal(40_000m, org.Number("spm_target", targets[0], "spm_actualvalue"));
        Assert.Equal(40m, org.Number("spm_target", targets[0], "spm_attainmentpercent"));
        Assert.False(Marked(org, "spm_target", targets[0]));
        Assert.True(Marked(org, "spm_target", targets[1]));
    }

    [Fact]
    public void KpiFilter_SameValueSentAgain_NothingRecomputedOrMarked()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue, BigDealsFilter);
        org.Target(rep, kpi, periods.Q1, 100_000m);

        org.CallsDuring(() => org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_filterxml"] = BigDealsFilter }));

        Assert.Equal(0, org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(KpiChangePlugin).FullName!));
    }

    [Fact]
    public void KpiDirection_RecomputeFails_ChangeRolledBackWhole()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);
        var target = org.Target(rep, kpi, periods.Q1, 100_000m);
        WinNamed(org, rep, "Deal", 50_000m, "2026-02-10");

        // A filter that is not a FetchXML <filter>, brought in past validation by an import that bypasses custom
        // plug-ins, makes the recomputation of the direction change throw.
        org.Service.Execute(new UpdateRequest
        {
            Target = new Entity("spm_kpi", kpi) { ["spm_filterxml"] = "<condition attribute='name' operator='eq' value='x'/>" },
            ["BypassCustomPluginExecution"] = true,
        });
        Assert.ThrowsAny<Exception>(() =>
            org.Service.Update(new Entity("spm_kpi", kpi) { ["spm_direction"] = new OptionSetValue(Measures.LowerIsBetter) }));

        Assert.Equal(HigherIsBetter, org.Row("spm_kpi", kpi).GetAttributeValue<OptionSetValue>("spm_direction").Value);
        Assert.Equal(50m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.False(Marked(org, "spm_target", target));
    }

    [Fact]
    public void RecalculationMark_DefaultNoInACreate_AcceptedButYesRefused()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Revenue", Measures.Revenue);

        // The platform writes the column's default (No) into every Create Target before the first stage: not a user's write.
        var target = org.Target(rep, kpi, periods.Q1, 100_000m, t => t["spm_recalculationneeded"] = false);
        var card = org.Service.Create(new Entity("spm_scorecard")
        {
            ["spm_name"] = "Scorecard",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["spm_periodid"] = new EntityReference("spm_period", periods.Q1),
            ["spm_recalculationneeded"] = false,
        });

        Assert.False(Marked(org, "spm_target", target));
        Assert.False(Marked(org, "spm_scorecard", card));
        var fault = Assert.ThrowsAny<Exception>(() => org.Target(rep, kpi, periods.January, 1_000m, t => t["spm_recalculationneeded"] = true));
        Assert.StartsWith("[SPM-TGT-003] ", fault.Message);
    }

    private static bool Marked(SalesOrg org, string table, Guid id) =>
        org.Row(table, id).GetAttributeValue<bool?>("spm_recalculationneeded") == true;

    private static IReadOnlyList<Guid> Reps(SalesOrg org, int count) =>
        Enumerable.Range(1, count).Select(i => org.User("Rep " + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture))).ToList();

    private static void WinNamed(SalesOrg org, Guid rep, string name, decimal revenue, string closeDate)
    {
        var deal = org.Opportunity(rep, revenue, closeDate);
        org.Service.Update(new Entity("opportunity", deal) { ["name"] = name });
        org.Win(deal, revenue, closeDate);
    }
}
