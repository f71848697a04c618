using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Registration;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Right after the import, before spm_CompleteSetup, a win credits nothing: no step runs on the close. The commission
/// of every close once the test has run the API is in <see cref="CloseNestingCommissionTests"/>.
/// </summary>
public sealed class SetupCloseCommissionTests
{
    [Fact]
    public void Win_BeforeSetup_CreditsNothing()
    {
        var org = BeforeSetup();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount, new Tier(0m, null, 4m)));
        org.Assign(org.Alice, plan, org.Q1, 300000m);
        var deal = org.Opportunity(org.Alice);

        var log = Recorded(org, () => org.Win(deal, 20000m, "2026-03-01"));

        Assert.DoesNotContain(log, e => e.Message == MessageNames.Win);
        Assert.Empty(org.Org.Rows("spm_commissionline"));
    }

    private static List<StepLogEntry> Recorded(CommissionOrg org, Action action)
    {
        var before = org.Org.StepLog.Count;
        action();
        return org.Org.StepLog.Skip(before).ToList();
    }
}
