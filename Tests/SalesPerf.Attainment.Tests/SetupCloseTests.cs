using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The close steps exist only once spm_CompleteSetup has registered them: before setup closes move nothing, after it
/// everything, and an organisation set up by the test costs a win the same calls as one set up when it was built.
/// The domain values of every close with setup run by the test are in <see cref="CloseNestingTests"/>.
/// </summary>
public sealed class SetupCloseTests
{
    [Fact]
    public void Win_SetupRunByTheTest_SameCallsAsSetUpAtBuild()
    {
        // CallBudgetTests' worked case: 12 targets, the team parent and the scorecard change (14 writes), then the
        // commission part of the same close step for an owner without a plan assignment.
        var atBuild = WinCalls(setupInTest: false);
        var inTest = WinCalls(setupInTest: true);

        Assert.Equal(CallBudget.OpportunityWinFourKpisThreePeriods + CommissionBudget.WithoutAssignments(creditedUsers: 1), atBuild.Close);
        Assert.Equal(atBuild, inTest);
    }

    [Fact]
    public void Closes_BeforeSetupNothing_AfterSetupEverything()
    {
        var org = new SalesOrg(completeSetup: false);
        var rep = org.User("Olga");
        var periods = org.Fy2026();
        var revenue = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var orders = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var won = org.Opportunity(rep, 20_000m, "2026-02-20");
        var lost = org.Opportunity(rep, 5_000m, "2026-02-20");

        var before = Recorded(org, () =>
        {
            org.Win(won, 20_000m, "2026-02-10");
            org.Lose(lost, "2026-02-11");
            CloseNestingTests.CloseOrder(org, CloseNestingTests.Order(org, rep), "FulfillSalesOrder", 100001);
            CloseNestingTests.CloseOrder(org, CloseNestingTests.Order(org, rep), "CancelSalesOrder", 4);
        });

        // Right after the import no step runs on a close: the won deal and the fulfilled order move no target.
        Assert.DoesNotContain(before, e => SetupSteps.IsSetupMessage(e.Message));
        Assert.Null(org.Number("spm_target", revenue, "spm_actualvalue"));
        Assert.Null(org.Number("spm_target", orders, "spm_actualvalue"));
        Assert.Null(org.Number("opportunity", won, "spm_salescycledays"));

        org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        var next = org.Opportunity(rep, 10_000m, "2026-02-20");
        var after = Recorded(org, () =>
        {
            org.Win(next, 10_000m, "2026-02-12");
            CloseNestingTests.CloseOrder(org, CloseNestingTests.Order(org, rep), "FulfillSalesOrder", 100001);
        });

        // After setup each close's step recomputes from every closed row of the quarter: 20,000 + 10,000 won, 2 × 1,400 fulfilled.
        Assert.Contains(after, e => e.Message == MessageNames.Win);
        Assert.Contains(after, e => e.Message == MessageNames.FulfillSalesOrder);
        Assert.Equal(30_000m, org.Number("spm_target", revenue, "spm_actualvalue"));
        Assert.Equal(2_800m, org.Number("spm_target", orders, "spm_actualvalue"));
    }

    private static (int Close, int Update) WinCalls(bool setupInTest)
    {
        var org = Org(setupInTest);
        var book = WinBudgetBook.Seed(org);
        org.CallsDuring(() => org.Win(book.Deal, 20_000m, "2026-02-10"));
        Assert.Equal(20_000m, org.Number("spm_target", book.TeamTarget, "spm_actualvalue"));
        var byPlugin = org.Org.ServiceCalls.ByPlugin;
        return (byPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!), byPlugin.GetValueOrDefault(typeof(OpportunityAttainmentPlugin).FullName!));
    }

    private static SalesOrg Org(bool setupInTest, DateTime? utcNow = null)
    {
        var org = new SalesOrg(utcNow, completeSetup: !setupInTest);
        if (setupInTest)
        {
            org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        }

        return org;
    }

    private static List<StepLogEntry> Recorded(SalesOrg org, Action action)
    {
        var before = org.Org.StepLog.Count;
        action();
        return org.Org.StepLog.Skip(before).ToList();
    }
}
