using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>SPM-STM-008: a statement leaves Open only after its period has ended, whoever asks (docs/domain-rules.md "Settling").</summary>
public sealed class StatementSettleTests
{
    /// <summary>Alice won 10,000 on 20 March on a flat 5 % plan: her Q1 statement is Open with 500; Q1 ends on 2026-03-31.</summary>
    private static (CommissionOrg Org, Guid Statement) OpenStatement(string now)
    {
        var org = CommissionOrg.Create(now);
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        return (org, org.Statement(org.Alice, org.Q1).Id);
    }

    private static int Status(CommissionOrg org) => org.Statement(org.Alice, org.Q1).GetAttributeValue<OptionSetValue>("statuscode").Value;

    [Fact]
    public void Approve_ByManagerOnThePeriodsLastDay_FaultsStm008AndChangesNothing()
    {
        var (org, statement) = OpenStatement("2026-03-31T23:59:00Z");
        var before = org.Snapshot();

        var fault = Fault(() => org.SetStatus(org.Nancy, statement, Approved));

        Assert.Equal(
            "[SPM-STM-008] Commission statement 'Alice Q1' cannot move to Approved before its period 'FY2026-Q1' ends on 2026-03-31: deals can still be won, reopened or split in it. Approve or dispute it after 2026-03-31, when its numbers are final.",
            fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Approve_ByAdminThroughSetStateInChinese_FaultsStm008AndChangesNothing()
    {
        var (org, statement) = OpenStatement("2026-03-31T12:00:00Z");
        org.Service.Update(new Entity("usersettings", org.Oscar) { ["uilanguageid"] = 2052 });
        var before = org.Snapshot();

        var fault = Fault(() => org.As(org.Oscar).Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_commissionstatement", statement),
            ["State"] = new OptionSetValue(0),
            ["Status"] = new OptionSetValue(Approved),
        }));

        Assert.Equal(
            "[SPM-STM-008] 佣金对账单“Alice Q1”在其期间“FY2026-Q1”于 2026-03-31 结束之前不能变为“Approved”：期间内的交易仍可能赢得、重新打开或拆分。请在 2026-03-31 之后、数字确定时再批准或提出异议。",
            fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Dispute_ByRepWithAReasonMidPeriod_FaultsStm008AndKeepsTheStatementOpen()
    {
        var (org, statement) = OpenStatement("2026-03-25T09:00:00Z");

        var fault = Fault(() => org.Dispute(org.Alice, statement));

        Assert.StartsWith("[SPM-STM-008] Commission statement 'Alice Q1' cannot move to Disputed before its period 'FY2026-Q1' ends on 2026-03-31", fault.Message);
        Assert.Equal(Open, Status(org));
    }

    [Fact]
    public void Approve_ByTheRepBeforeThePeriodEnds_FaultsWrongRoleFirst()
    {
        var (org, statement) = OpenStatement("2026-03-31T12:00:00Z");

        var fault = Fault(() => org.SetStatus(org.Alice, statement, Approved));

        Assert.StartsWith("[SPM-STM-002]", fault.Message);
    }

    [Fact]
    public void Approve_AtMidnightAfterThePeriod_Settles()
    {
        var (org, statement) = OpenStatement("2026-03-31T23:59:00Z");
        org.Org.Clock.UtcNow = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

        org.SetStatus(org.Nancy, statement, Approved);

        Assert.Equal(Approved, Status(org));
    }

    [Fact]
    public void Reopen_WhileThePeriodRuns_ClawedBackOnTheStillOpenStatement()
    {
        var (org, statement) = OpenStatement("2026-03-31T12:00:00Z");
        Fault(() => org.SetStatus(org.Nancy, statement, Approved));

        org.Reopen(org.Org.Rows("opportunity")[0].Id);

        var q1 = org.Statement(org.Alice, org.Q1);
        Assert.Equal(Open, q1.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(0m, Money(q1, "spm_payableamount"));
    }
}
