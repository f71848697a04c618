using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.LocalOrg.Security;
using SalesPerf.Plugins.StaleNumbers;
using SalesPerf.Plugins.TargetPlanning;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// A period's dates decide which deals its statements credit (issue 12 item 10): moving them recomputes the Open
/// statements of the period's assignments in the same transaction, up to <see cref="StaleBudget.MaxInlineAssignments"/>;
/// past that the period's targets are marked and spm_Recalculate for the period recomputes the statements.
/// </summary>
public sealed class StalePeriodStatementTests
{
    [Fact]
    public void PeriodEnd_MovedEarlier_OpenStatementRecomputedInTheSameTransaction()
    {
        var org = CommissionOrg.Create();
        org.Assign(org.Alice, RetroactivePercentPlan(org), org.Q1, 100000m);
        org.Won(org.Alice, 50000m, "2026-02-01");
        org.Won(org.Alice, 30000m, "2026-03-20");
        Assert.Equal(1600m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));

        org.Service.Update(new Entity("spm_period", org.Q1) { ["spm_enddate"] = Date("2026-02-28") });

        // Only the February win is in the period now: 50 % of the quota pays 1 % on the whole credit: 500.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(50000m, Money(statement, "spm_creditamount"));
        Assert.Equal(500m, Money(statement, "spm_earnedamount"));
        Assert.Single(org.Lines(statement.Id));
    }

    [Fact]
    public void PeriodEnd_MovedWithMoreAssignmentsThanTheBound_TargetsMarkedAndRecalculateRecomputesStatements()
    {
        var org = CommissionOrg.Create();
        var plan = RetroactivePercentPlan(org);
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        for (var i = 1; i <= StaleBudget.MaxInlineAssignments; i++)
        {
            var rep = org.Org.CreateUser("Rep " + i, org.Nancy);
            org.Org.AssignRole(rep, BuiltInRole.SystemCustomizer.TemplateId);
            org.Assign(rep, plan, org.Q1, 100000m, "Rep " + i + " Q1");
        }

        var revenue = new OptionSetValue(100000000);
        var kpi = org.Service.Create(new Entity("spm_kpi") { ["spm_name"] = "Revenue", ["spm_code"] = "REV", ["spm_measure"] = revenue });
        var target = org.Service.Create(new Entity("spm_target")
        {
            ["spm_name"] = "Alice Q1 revenue",
            ["ownerid"] = new EntityReference("systemuser", org.Alice),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", org.Q1),
            ["spm_targetvalue"] = 100000m,
        });
        org.Won(org.Alice, 50000m, "2026-02-01");
        org.Won(org.Alice, 30000m, "2026-03-20");

        org.Service.Update(new Entity("spm_period", org.Q1) { ["spm_enddate"] = Date("2026-02-28") });

        // Eleven assignments: nothing is recomputed inline; the target says why and what to run.
        Assert.Equal(1600m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        var marked = org.Service.Retrieve("spm_target", target, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
        Assert.True(marked.GetAttributeValue<bool>("spm_recalculationneeded"));
        Assert.Equal(80000m, marked.GetAttributeValue<decimal?>("spm_actualvalue"));
        Assert.StartsWith(
            "Period 'FY2026-Q1': dates changed from 2026-01-01 – 2026-03-31 to 2026-01-01 – 2026-02-28 on 2026-03-31 by ",
            marked.GetAttributeValue<string>("spm_recalculationreason"));
        Assert.Contains(
            "Run Recalculate for the period (it also recomputes the commission statements of its 11 plan assignments).",
            marked.GetAttributeValue<string>("spm_recalculationreason"));
        Assert.Contains("请对该期间运行“重新计算”（同时重新计算其 11 个计划分配的佣金对账单）。", marked.GetAttributeValue<string>("spm_recalculationreason"));

        // spm_Recalculate works in slices, one stage (targets, statements, ranks) at a time: run it to the end.
        RecalculateRun.ToEnd(org.Service, new EntityReference("spm_period", org.Q1), null);

        Assert.Equal(500m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        var cleared = org.Service.Retrieve("spm_target", target, new Microsoft.Xrm.Sdk.Query.ColumnSet(true));
        Assert.False(cleared.GetAttributeValue<bool>("spm_recalculationneeded"));
        Assert.Equal(50000m, cleared.GetAttributeValue<decimal?>("spm_actualvalue"));
        Assert.Equal(50m, cleared.GetAttributeValue<decimal?>("spm_attainmentpercent"));
    }

    [Fact]
    public void PeriodDates_SentUnchanged_NoStatementOrTargetRecomputed()
    {
        var org = CommissionOrg.Create();
        org.Assign(org.Alice, RetroactivePercentPlan(org), org.Q1, 100000m);
        org.Won(org.Alice, 80000m, "2026-02-01");

        org.CallsDuring(() => org.Service.Update(new Entity("spm_period", org.Q1) { ["spm_enddate"] = Date("2026-03-31") }));

        Assert.Equal(0, org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(PeriodDatesChangePlugin).FullName!));
        Assert.Equal(1600m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }

    /// <summary>Domain.md section 6: quota 100,000, bands 0–50 % at 0, 50–75 % at 1 %, 75–100 % at 2 %, 100 %+ at 3 %.</summary>
    private static Guid RetroactivePercentPlan(CommissionOrg org) => org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Percent,
        new Tier(0m, 50m, 0m), new Tier(50m, 75m, 1m), new Tier(75m, 100m, 2m), new Tier(100m, null, 3m)));
}
