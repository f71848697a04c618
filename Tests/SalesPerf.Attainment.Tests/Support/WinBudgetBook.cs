using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// CallBudgetTests' worked win: Alice and Bob in team East; Alice's Q1 scorecard; for each of four KPIs (Revenue, Won
/// deals, Win rate, Cycle with lower is better) Alice's targets of February, Q1 (weight 25, on the scorecard) and
/// FY2026, her Q1 Revenue target a child of East's Q1 Revenue target of 500,000 that rolls up its children; and
/// Alice's open deal of 20,000 for the new customer "New Co". 12 targets, the team parent and the scorecard.
/// </summary>
public sealed record WinBudgetBook(Guid Alice, Guid TeamTarget, Guid Deal)
{
    /// <param name="seedOpenDeals">Seeds Alice's other deals once the periods exist, before any target does.</param>
    public static WinBudgetBook Seed(SalesOrg org, Action<Guid>? seedOpenDeals = null)
    {
        ArgumentNullException.ThrowIfNull(org);
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var team = org.Org.CreateTeam("East", [alice, bob]);
        var periods = org.Fy2026();
        seedOpenDeals?.Invoke(alice);
        var card = org.Scorecard(alice, periods.Q1);
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var parent = org.Target(team, revenue, periods.Q1, 500_000m, t => t["spm_rollupsource"] = new OptionSetValue(Measures.RollupChildTargets), "team");
        foreach (var kpi in new[] { revenue, org.Kpi("Won deals", Measures.WonDeals), org.Kpi("Win rate", Measures.WinRate), org.Kpi("Cycle", Measures.SalesCycleDays, direction: Measures.LowerIsBetter) })
        {
            org.Target(alice, kpi, periods.February, 10m);
            org.Target(alice, kpi, periods.Q1, 30m, t =>
            {
                t["spm_weight"] = 25m;
                t["spm_scorecardid"] = new EntityReference("spm_scorecard", card);
                if (kpi == revenue)
                {
                    t["spm_parenttargetid"] = new EntityReference("spm_target", parent);
                }
            });
            org.Target(alice, kpi, periods.Year, 120m);
        }

        return new(alice, parent, org.Opportunity(alice, 20_000m, "2026-02-10", customer: org.Account("New Co")));
    }
}
