using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Issue 12, item 9: rows numbers depend on cannot be deleted while in use. Both layers are proven: SalesPerf's
/// PreValidation step refuses first, naming the row and what uses it (SPM-DEL-001–004); with custom plug-ins bypassed,
/// the relationships' CascadeDelete Restrict still refuses (CannotDeleteDueToAssociation, -2147220953), and nothing changes.
/// </summary>
public sealed class DeleteInUseTests
{
    private const int CannotDeleteDueToAssociation = -2147220953;

    private static Guid Tiered(CommissionOrg org, string name) =>
        org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)), name);

    private static (CommissionOrg Org, Guid Plan, Guid Assignment) WithStatement()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        var assignment = org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        return (org, plan, assignment);
    }

    private static void Deactivate(CommissionOrg org, string table, Guid id) => org.Service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference(table, id),
        ["State"] = new OptionSetValue(1),
        ["Status"] = new OptionSetValue(2),
    });

    private static void AssertRefused(CommissionOrg org, Action delete, string expected)
    {
        var before = org.Snapshot();

        var fault = Fault(delete);

        Assert.Equal(expected, fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    private static void AssertPlatformRefuses(CommissionOrg org, string table, Guid id)
    {
        var before = org.Snapshot();

        var fault = Fault(() => org.Service.Execute(new DeleteRequest
        {
            Target = new EntityReference(table, id),
            ["BypassCustomPluginExecution"] = true,
        }));

        Assert.Equal(CannotDeleteDueToAssociation, fault.Detail.ErrorCode);
        Assert.DoesNotContain("SPM-", fault.Message, StringComparison.Ordinal);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void DeletePeriod_UsedByAssignmentAndStatement_FaultsNamingThemAndDeletesNothing()
    {
        var (org, _, _) = WithStatement();

        AssertRefused(org, () => org.Service.Delete("spm_period", org.Q1),
            "[SPM-DEL-001] Period 'FY2026-Q1' cannot be deleted: it is used by 1 plan assignment (e.g. 'Alice Q1') and 1 commission statement, whose numbers depend on it. Deactivate the period instead, or delete those first.");
    }

    [Fact]
    public void DeletePeriod_ChineseUser_FaultsInChinese()
    {
        var (org, _, _) = WithStatement();
        org.Service.Update(new Entity("usersettings", org.Org.Rows("usersettings").Single(r => r.GetAttributeValue<Guid>("systemuserid") == org.Nancy).Id) { ["uilanguageid"] = 2052 });

        AssertRefused(org, () => org.As(org.Nancy).Delete("spm_period", org.Q1),
            "[SPM-DEL-001] 期间“FY2026-Q1”不能删除：1 个计划分配（如“Alice Q1”）和 1 个佣金对账单正在使用它，其数据依赖该期间。请改为停用该期间，或先删除这些记录。");
    }

    [Fact]
    public void DeletePeriod_StepsBypassed_PlatformRestrictRefusesAndNothingChanges()
    {
        var (org, _, _) = WithStatement();

        AssertPlatformRefuses(org, "spm_period", org.Q1);
    }

    [Fact]
    public void DeletePeriod_Unused_IsDeleted()
    {
        var (org, _, _) = WithStatement();

        org.Service.Delete("spm_period", org.Q2);

        Assert.DoesNotContain(org.Org.Rows("spm_period"), r => r.Id == org.Q2);
    }

    [Fact]
    public void DeletePlan_OnlyAnInactiveAssignment_StillRefused()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        var assignment = org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        Deactivate(org, "spm_planassignment", assignment);

        AssertRefused(org, () => org.Service.Delete("spm_commissionplan", plan),
            "[SPM-DEL-003] Commission plan 'Hunters' cannot be deleted: it is used by 1 plan assignment (e.g. 'Alice Q1'), whose commission depends on it. Deactivate the plan instead, or delete those first.");
        AssertPlatformRefuses(org, "spm_commissionplan", plan);
    }

    [Fact]
    public void DeleteAssignment_OpenStatement_FaultsNamingItAndPlatformRefusesToo()
    {
        var (org, _, assignment) = WithStatement();

        AssertRefused(org, () => org.Service.Delete("spm_planassignment", assignment),
            "[SPM-DEL-004] Plan assignment 'Alice Q1' cannot be deleted: it is used by 1 commission statement (e.g. 'Alice Q1'), whose commission depends on it. Deactivate the assignment instead, or delete those first.");
        AssertPlatformRefuses(org, "spm_planassignment", assignment);
    }

    [Fact]
    public void DeleteAssignment_AfterItsOpenStatementIsDeleted_IsDeleted()
    {
        var (org, _, assignment) = WithStatement();
        org.Service.Delete("spm_commissionstatement", org.Statement(org.Alice, org.Q1).Id);

        org.Service.Delete("spm_planassignment", assignment);

        Assert.Empty(org.Org.Rows("spm_planassignment"));
    }

    [Fact]
    public void DeleteAssignment_ApprovedStatement_TheSettledRuleSpeaksFirst()
    {
        var (org, _, assignment) = WithStatement();
        var statement = org.Statement(org.Alice, org.Q1);
        org.Q1Ended();
        org.As(org.Nancy).Update(new Entity("spm_commissionstatement", statement.Id) { ["statuscode"] = new OptionSetValue(Approved) });

        var fault = Fault(() => org.Service.Delete("spm_planassignment", assignment));

        Assert.StartsWith("[SPM-PLN-015] ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteTier_LastOfAPlanWithAnAssignment_FaultsAndDeletesNothing()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        var tier = org.Org.Rows("spm_commissiontier").Single().Id;
        var untiered = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount), "Farmers");
        const string Expected = "[SPM-PLN-016] Commission plan 'Hunters': the tier '0+' is the plan's last active tier, and the plan has active plan assignments (e.g. 'Alice Q1'). A plan in use keeps at least one tier: add another tier first, or deactivate the plan's assignments.";

        AssertRefused(org, () => org.Service.Delete("spm_commissiontier", tier), Expected);
        AssertRefused(org, () => Deactivate(org, "spm_commissiontier", tier), Expected);
        AssertRefused(org, () => org.Service.Update(new Entity("spm_commissiontier", tier) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) }), Expected);
        AssertRefused(org, () => org.Service.Update(new Entity("spm_commissiontier", tier) { ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", untiered) }), Expected);
    }

    [Fact]
    public void DeleteTier_AnotherTierLeftOrNoAssignment_IsDeleted()
    {
        var org = CommissionOrg.Create();
        var used = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, 50000m, 5m)), "Hunters");
        org.Assign(org.Alice, used, org.Q1, 100000m, "Alice Q1");
        var second = org.AddTier(used, new Tier(50000m, null, 8m));
        var unused = Tiered(org, "Farmers");

        org.Service.Delete("spm_commissiontier", second);
        org.Service.Delete("spm_commissiontier", org.Org.Rows("spm_commissiontier").Single(t => t.GetAttributeValue<EntityReference>("spm_commissionplanid").Id == unused).Id);

        Assert.Single(org.Org.Rows("spm_commissiontier"));
    }
}
