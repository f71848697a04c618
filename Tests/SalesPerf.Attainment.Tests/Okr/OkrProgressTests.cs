using System;
using System.Collections.Generic;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Okrs;

namespace SalesPerf.Attainment.Tests.Okr;

/// <summary>
/// A win → the target's attainment → the key results that track it → their objectives, in the win's transaction, with
/// the OKR calls counted; entered values move their objective when they are saved.
/// </summary>
public sealed class OkrProgressTests
{
    [Fact]
    public void Win_TargetTrackedByAKeyResult_KeyResultAndObjectiveMoveInTheWinsTransactionWithinBudget()
    {
        // Q1 revenue target 100,000 for Alice; objective with KR1 tracking it (weight 3) and KR2 demos 0 → 10, now 5 (weight 1).
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var target = org.Target(alice, revenue, periods.Q1, 100_000m);
        var objective = OkrBook.Objective(org, alice, periods.Q1, "Grow the book");
        var tracking = OkrBook.TrackingKeyResult(org, objective, target, 3m);
        OkrBook.ValueKeyResult(org, objective, 0m, 10m, 5m);
        var deal = org.Opportunity(alice, 20_000m, "2026-02-10");

        // Before: KR1 0 % (no revenue yet), KR2 (5 − 0) ÷ (10 − 0) = 50 %; objective (3 × 0 + 1 × 50) ÷ 4 = 12.5 %.
        Assert.Equal(0m, org.Number("spm_keyresult", tracking, "spm_progresspercent"));
        Assert.Equal(12.5m, org.Number("spm_objective", objective, "spm_progresspercent"));
        Assert.Equal(2, org.Number("spm_objective", objective, "spm_keyresultcount"));
        Assert.Equal(OkrBook.Complete, org.Row("spm_objective", objective).GetAttributeValue<OptionSetValue>("spm_keyresultstatus").Value);

        org.CallsDuring(() => org.Win(deal, 20_000m, "2026-02-10"));

        // After: attainment 20,000 ÷ 100,000 = 20 %; KR1 20 %; objective (3 × 20 + 50) ÷ 4 = 27.5 %.
        Assert.Equal(20m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.Equal(20m, org.Number("spm_keyresult", tracking, "spm_progresspercent"));
        Assert.Equal(27.5m, org.Number("spm_objective", objective, "spm_progresspercent"));
        // One target written by the win: 1 query, 1 key result written, 1 objective recomputed (read, read, write).
        Assert.Equal(OkrBudget.PerTargetUpdate + OkrBudget.PerChangedKeyResult + OkrBudget.PerObjective, OkrCalls(org));
    }

    [Fact]
    public void Win_TwoKeyResultsOnTwoObjectivesTrackOneTarget_CallsGrowByTheBoundPerKeyResultOnly()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var target = org.Target(alice, revenue, periods.Q1, 100_000m);
        var mine = OkrBook.Objective(org, alice, periods.Q1, "Grow the book");
        var team = OkrBook.Objective(org, alice, periods.Year, "Win the region");
        OkrBook.TrackingKeyResult(org, mine, target, 1m);
        OkrBook.TrackingKeyResult(org, team, target, 1m);
        var deal = org.Opportunity(alice, 150_000m, "2026-02-10");

        org.CallsDuring(() => org.Win(deal, 150_000m, "2026-02-10"));

        // Attainment 150 %: a key result is capped at 100 %, so both objectives (one key result each) are at 100 %.
        Assert.Equal(150m, org.Number("spm_target", target, "spm_attainmentpercent"));
        Assert.Equal(100m, org.Number("spm_objective", mine, "spm_progresspercent"));
        Assert.Equal(100m, org.Number("spm_objective", team, "spm_progresspercent"));
        Assert.Equal(1, org.Number("spm_objective", team, "spm_keyresultcount"));
        Assert.Equal(OkrBook.NeedsKeyResults, org.Row("spm_objective", team).GetAttributeValue<OptionSetValue>("spm_keyresultstatus").Value);
        Assert.Equal(OkrBudget.PerTargetUpdate + (2 * OkrBudget.PerChangedKeyResult) + (2 * OkrBudget.PerObjective), OkrCalls(org));
    }

    [Fact]
    public void Win_NoKeyResultTracksTheTargets_OneQueryPerTargetTheWinWrites()
    {
        // Month, quarter and year revenue targets: the win writes three targets; no key result anywhere.
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        org.Target(alice, revenue, periods.February, 30_000m);
        org.Target(alice, revenue, periods.Q1, 100_000m);
        org.Target(alice, revenue, periods.Year, 1_200_000m);
        var deal = org.Opportunity(alice, 20_000m, "2026-02-10");

        org.CallsDuring(() => org.Win(deal, 20_000m, "2026-02-10"));

        Assert.Equal(3 * OkrBudget.PerTargetUpdate, OkrCalls(org));
    }

    [Theory]
    [InlineData(0, 10, 5, 50)]       // halfway
    [InlineData(0, 10, 12, 100)]     // beyond the goal: clamped
    [InlineData(0, 10, -3, 0)]       // below the start: clamped
    [InlineData(10, 2, 6, 50)]       // a value to bring down: (6 − 10) ÷ (2 − 10)
    [InlineData(0, 3, 1, 33.3333)]   // 4 decimals, midpoint away from zero
    public void SaveCurrentValue_EnteredValueKeyResult_ProgressAndObjectiveInTheSameSave(decimal start, decimal goal, decimal current, decimal expected)
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var objective = OkrBook.Objective(org, alice, periods.Q1, "Grow the book");
        var keyResult = OkrBook.ValueKeyResult(org, objective, start, goal, null);
        Assert.Equal(0m, org.Number("spm_keyresult", keyResult, "spm_progresspercent"));

        org.Service.Update(new Entity("spm_keyresult", keyResult) { ["spm_currentvalue"] = current });

        Assert.Equal(expected, org.Number("spm_keyresult", keyResult, "spm_progresspercent"));
        Assert.Equal(expected, org.Number("spm_objective", objective, "spm_progresspercent"));
    }

    [Fact]
    public void DeactivateAndDeleteKeyResults_Objective_RecomputedFromTheActiveOnes()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var objective = OkrBook.Objective(org, alice, periods.Q1, "Grow the book");
        var half = OkrBook.ValueKeyResult(org, objective, 0m, 10m, 5m, weight: 1m);
        var full = OkrBook.ValueKeyResult(org, objective, 0m, 10m, 10m, weight: 3m, name: "Calls");
        Assert.Equal(87.5m, org.Number("spm_objective", objective, "spm_progresspercent")); // (50 + 300) ÷ 4

        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_keyresult", full),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });
        Assert.Equal(50m, org.Number("spm_objective", objective, "spm_progresspercent"));
        Assert.Equal(1, org.Number("spm_objective", objective, "spm_keyresultcount"));

        org.Service.Delete("spm_keyresult", half);
        Assert.Null(org.Number("spm_objective", objective, "spm_progresspercent"));
        Assert.Equal(0, org.Number("spm_objective", objective, "spm_keyresultcount"));
    }

    [Fact]
    public void UserWritesProgress_ObjectiveAndKeyResult_RefusedAsComputed()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var alice = org.User("Alice");
        var objective = OkrBook.Objective(org, alice, periods.Q1, "Grow the book");
        var keyResult = OkrBook.ValueKeyResult(org, objective, 0m, 10m, 5m);

        var onObjective = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Service.Update(new Entity("spm_objective", objective) { ["spm_progresspercent"] = 90m }));
        var onKeyResult = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            org.Service.Update(new Entity("spm_keyresult", keyResult) { ["spm_progresspercent"] = 90m }));

        Assert.Contains("[SPM-CMP-001] Record 'Grow the book' (spm_objective): the column 'spm_progresspercent'", onObjective.Message, StringComparison.Ordinal);
        Assert.Contains("[SPM-CMP-001] Record 'Demos' (spm_keyresult): the column 'spm_progresspercent'", onKeyResult.Message, StringComparison.Ordinal);
        Assert.Equal(50m, org.Number("spm_keyresult", keyResult, "spm_progresspercent"));
    }

    private static int OkrCalls(SalesOrg org) =>
        org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(TargetKeyResultPlugin).FullName!);
}
