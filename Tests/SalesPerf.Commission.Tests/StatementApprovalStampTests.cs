using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// "Approved by / on" (docs/domain-rules.md "Statement approval stamps"): the statement guard writes the approver and the
/// operation's time into the change that moves a statement to Approved; nobody writes them by hand; they are never cleared.
/// </summary>
public sealed class StatementApprovalStampTests
{
    /// <summary>The clock once Q1 has ended (<see cref="CommissionOrg.Q1Ended"/>; a statement settles only then): every operation is stamped with it.</summary>
    private static readonly DateTime OrgNow = new(2026, 4, 1, 9, 0, 0, DateTimeKind.Utc);

    private static (CommissionOrg Org, Guid Statement) OpenStatement()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        org.Q1Ended();
        return (org, org.Statement(org.Alice, org.Q1).Id);
    }

    private static Entity Stamps(CommissionOrg org, Guid statement) =>
        org.Service.Retrieve("spm_commissionstatement", statement, new ColumnSet("spm_approvedby", "spm_approvedon"));

    private static void AssertStamped(Entity row, Guid approver)
    {
        Assert.Equal(approver, row.GetAttributeValue<EntityReference>("spm_approvedby")?.Id);
        Assert.Equal("systemuser", row.GetAttributeValue<EntityReference>("spm_approvedby")?.LogicalName);
        Assert.Equal(OrgNow.Ticks, row.GetAttributeValue<DateTime?>("spm_approvedon")?.Ticks);
    }

    [Fact]
    public void Approve_ByManagerThroughUpdate_StampsManagerAndOperationTime()
    {
        var (org, statement) = OpenStatement();
        Assert.Null(Stamps(org, statement).GetAttributeValue<EntityReference>("spm_approvedby"));

        org.SetStatus(org.Nancy, statement, Approved);

        AssertStamped(Stamps(org, statement), org.Nancy);
    }

    [Fact]
    public void Approve_ByAdminThroughSetState_StampsAdmin()
    {
        var (org, statement) = OpenStatement();

        org.As(org.Oscar).Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("spm_commissionstatement", statement),
            ["State"] = new OptionSetValue(0),
            ["Status"] = new OptionSetValue(Approved),
        });

        AssertStamped(Stamps(org, statement), org.Oscar);
    }

    [Fact]
    public void Approve_ThenDisputedAndPaid_StampsStay()
    {
        var (org, statement) = OpenStatement();
        org.SetStatus(org.Nancy, statement, Approved);

        org.Dispute(org.Alice, statement);
        org.SetStatus(org.Oscar, statement, Approved);
        org.Pay(org.Oscar, statement);

        AssertStamped(Stamps(org, statement), org.Oscar);
    }

    [Fact]
    public void Approve_CallCount_SameAsWithoutStamps()
    {
        var (org, statement) = OpenStatement();

        var calls = org.CallsDuring(() => org.SetStatus(org.Nancy, statement, Approved));

        // The stamps ride in the approval's own Target, no write of their own: the plug-ins' calls are the guard's read of
        // the owner's manager (StatementActors) and of the period's end (StatementSettlement, SPM-STM-008).
        Assert.Equal(2, calls);
    }

    [Fact]
    public void UpdateApprovedBy_OnOpenStatement_FaultsComputedColumnAndChangesNothing()
    {
        var (org, statement) = OpenStatement();
        var before = org.Snapshot();

        var fault = Fault(() => org.As(org.Nancy).Update(new Entity("spm_commissionstatement", statement)
        {
            ["spm_approvedby"] = new EntityReference("systemuser", org.Nancy),
        }));

        Assert.StartsWith("[SPM-CMP-001]", fault.Message);
        Assert.Contains("spm_approvedby", fault.Message, StringComparison.Ordinal);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void Approve_WithHandWrittenApprovedOn_FaultsComputedColumnAndStaysOpen()
    {
        var (org, statement) = OpenStatement();
        var before = org.Snapshot();

        var fault = Fault(() => org.As(org.Nancy).Update(new Entity("spm_commissionstatement", statement)
        {
            ["statuscode"] = new OptionSetValue(Approved),
            ["spm_approvedon"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        }));

        Assert.StartsWith("[SPM-CMP-001]", fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    [Fact]
    public void UpdateApprovedBy_OnApprovedStatement_FaultsReadOnlyAndKeepsApprover()
    {
        var (org, statement) = OpenStatement();
        org.SetStatus(org.Nancy, statement, Approved);

        var fault = Fault(() => org.As(org.Oscar).Update(new Entity("spm_commissionstatement", statement)
        {
            ["spm_approvedby"] = new EntityReference("systemuser", org.Oscar),
        }));

        Assert.StartsWith("[SPM-STM-003] Commission statement 'Alice Q1' is Approved", fault.Message, StringComparison.Ordinal);
        AssertStamped(Stamps(org, statement), org.Nancy);
    }
}
