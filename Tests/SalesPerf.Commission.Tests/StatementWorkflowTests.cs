using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>Statement status changes by role, and the immutability of computed columns and lines.</summary>
public sealed class StatementWorkflowTests
{
    private static (CommissionOrg Org, Guid Statement) OpenStatement()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        return (org, org.Statement(org.Alice, org.Q1).Id);
    }

    private static string CommissionRows(CommissionOrg org) =>
        string.Join("\n", org.Snapshot().Split('\n').Where(l => l.StartsWith("spm_commission", StringComparison.Ordinal) && !l.StartsWith("spm_commissionplan", StringComparison.Ordinal) && !l.StartsWith("spm_commissiontier", StringComparison.Ordinal)));

    private static int Status(CommissionOrg org, Guid statement) =>
        org.Service.Retrieve("spm_commissionstatement", statement, new Microsoft.Xrm.Sdk.Query.ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value;

    [Fact]
    public void Approve_ByManagerThenPaidByAdmin_ReachesPaid()
    {
        var (org, statement) = OpenStatement();

        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);
        org.Pay(org.Oscar, statement);

        Assert.Equal(Paid, Status(org, statement));
    }

    [Fact]
    public void Approve_ByTheRep_FaultsWrongRoleAndChangesNothing()
    {
        var (org, statement) = OpenStatement();
        var before = org.Snapshot();

        var fault = Fault(() => org.SetStatus(org.Alice, statement, Approved));

        Assert.Equal("[SPM-STM-002] Commission statement 'Alice Q1': 'Open → Approved' may be done only by Manager/Admin, and you are Rep. Ask someone in that role.", fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Pay_ByManager_FaultsWrongRole()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);

        var fault = Fault(() => org.Pay(org.Nancy, statement));

        Assert.StartsWith("[SPM-STM-002]", fault.Message);
        Assert.Equal(Approved, Status(org, statement));
    }

    [Fact]
    public void Pay_OpenStatement_FaultsNoSuchChange()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.Pay(org.Oscar, statement));

        Assert.StartsWith("[SPM-STM-001] Commission statement 'Alice Q1': it cannot move from 'Open' to 'Paid'.", fault.Message);
    }

    [Fact]
    public void Dispute_ByRepAfterApproval_ThenManagerReopens()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);

        org.Dispute(org.Alice, statement);
        org.SetStatus(org.Nancy, statement, Open);

        Assert.Equal(Open, Status(org, statement));
    }

    [Fact]
    public void Reopen_AfterDisputeAccepted_RecomputesWithTheWinsMadeMeanwhile()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);
        org.Dispute(org.Alice, statement);
        org.Won(org.Alice, 2000m, "2026-03-25");
        Assert.Equal(500m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));

        org.SetStatus(org.Nancy, statement, Open);

        Assert.Equal(600m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        Assert.Equal(2, org.Lines(statement).Count);
    }

    [Fact]
    public void Recompute_FromEqualSources_WritesNothing()
    {
        var (org, _) = OpenStatement();
        org.Org.Clock.Advance(TimeSpan.FromDays(1));
        var before = CommissionRows(org);
        var assignment = org.Org.Rows("spm_planassignment").Single().Id;

        org.Service.Update(new Entity("spm_planassignment", assignment) { ["spm_quotaamount"] = new Money(100000m) });

        Assert.Equal(before, CommissionRows(org));
    }

    [Fact]
    public void Trace_OwnerReadsChinese_StatementAndLinesStoredInBothLanguages()
    {
        var org = CommissionOrg.Create();
        org.Service.Update(new Entity("usersettings", org.Alice) { ["uilanguageid"] = 2052 });
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");

        org.Won(org.Alice, 10000m, "2026-03-20");

        // The English line, a line break, the Chinese line (Commission/StoredTrace): the manager reading Alice's statement
        // in English and Alice reading it in Chinese each find their own, whatever the owner's language.
        var statement = org.Statement(org.Alice, org.Q1);
        var trace = statement.GetAttributeValue<string>("spm_trace").Split('\n');
        Assert.Equal(2, trace.Length);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", trace[0]);
        Assert.StartsWith("计入业绩 10,000.00", trace[1], StringComparison.Ordinal);
        var line = org.Lines(statement.Id)[0].GetAttributeValue<string>("spm_trace").Split('\n');
        Assert.Equal(2, line.Length);
        Assert.DoesNotMatch("[\u4e00-\u9fff]", line[0]);
        Assert.Matches("[\u4e00-\u9fff]", line[1]);
    }

    [Fact]
    public void Trace_OwnerReadsEnglish_SameStoredTextAsForAChineseOwner()
    {
        string Stored(int language)
        {
            var org = CommissionOrg.Create();
            org.Service.Update(new Entity("usersettings", org.Alice) { ["uilanguageid"] = language });
            var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
            org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
            org.Won(org.Alice, 10000m, "2026-03-20");
            return org.Statement(org.Alice, org.Q1).GetAttributeValue<string>("spm_trace");
        }

        Assert.Equal(Stored(2052), Stored(1033));
    }

    [Fact]
    public void Dispute_ByStranger_FaultsWrongRole()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.SetStatus(org.Rita, statement, Disputed));

        Assert.Equal("[SPM-STM-002] Commission statement 'Alice Q1': 'Open → Disputed' may be done only by Rep, and you are none. Ask someone in that role.", fault.Message);
    }

    [Fact]
    public void UpdateEarned_OnOpenStatement_FaultsComputedColumn()
    {
        var (org, statement) = OpenStatement();

        var fault = Fault(() => org.Service.Update(new Entity("spm_commissionstatement", statement) { ["spm_earnedamount"] = new Money(1m) }));

        Assert.StartsWith("[SPM-CMP-001]", fault.Message);
        Assert.Equal(500m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }

    [Fact]
    public void UpdateEarned_OnApprovedStatement_FaultsReadOnly()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);

        var fault = Fault(() => org.Service.Update(new Entity("spm_commissionstatement", statement) { ["spm_earnedamount"] = new Money(1m) }));

        Assert.Equal("[SPM-STM-003] Commission statement 'Alice Q1' is Approved: its amounts and lines can no longer change. Only an Open statement is recomputed; a later reversal becomes a clawback on the current open statement.", fault.Message);
    }

    [Fact]
    public void UpdateLine_OnApprovedStatement_FaultsReadOnlyAndChangesNothing()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);
        var line = org.Lines(statement)[0];
        var before = org.Snapshot();

        var fault = Fault(() => org.Service.Update(new Entity("spm_commissionline", line.Id) { ["spm_commissionamount"] = new Money(9999m) }));

        Assert.StartsWith("[SPM-STM-003]", fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Win_AfterApproval_DoesNotRewriteTheApprovedStatement()
    {
        var (org, statement) = OpenStatement();
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement, Approved);
        var before = org.Snapshot();

        org.Won(org.Alice, 5000m, "2026-03-25");

        Assert.Equal(500m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
        Assert.Single(org.Lines(statement));
        Assert.NotEqual(before, org.Snapshot());
    }
}
