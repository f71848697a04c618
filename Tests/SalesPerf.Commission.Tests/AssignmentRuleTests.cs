using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Issue 12, "Money" 2: one plan at a time per rep (SPM-PLN-013), a plan without tiers cannot be assigned (011), and a
/// settled statement freezes its assignment's period, plan and owner (014) and keeps it from deletion (015).
/// </summary>
public sealed class AssignmentRuleTests
{
    private const string Overlap =
        "[SPM-PLN-013] Plan assignment 'Alice Q1 bis': Alice Wang already has the plan assignment 'Alice Q1' for 2026-01-01 to 2026-03-31, which overlaps this one's period. A rep has one commission plan at a time: end or change 'Alice Q1' first, or choose a period that does not overlap.";

    private static void AssertRejected(CommissionOrg org, Action action, string expected)
    {
        var before = org.Snapshot();

        var fault = Fault(action);

        Assert.Equal(expected, fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    private static Guid Tiered(CommissionOrg org, string name) =>
        org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)), name);

    [Fact]
    public void CreateAssignment_SecondOverlappingWithAnotherPlan_FaultsAndCreatesNothing()
    {
        var org = CommissionOrg.Create();
        org.Assign(org.Alice, Tiered(org, "Hunters"), org.Q1, 100000m, "Alice Q1");
        var march = org.Service.Create(new Entity("spm_period")
        {
            ["spm_name"] = "FY2026 M03",
            ["spm_code"] = "FY2026-M03",
            ["spm_periodtype"] = new OptionSetValue(100000003),
            ["spm_startdate"] = Date("2026-03-01"),
            ["spm_enddate"] = Date("2026-03-31"),
            ["spm_fiscalyear"] = 2026,
        });

        var farmers = Tiered(org, "Farmers");

        AssertRejected(org, () => org.Assign(org.Alice, farmers, march, 100000m, "Alice Q1 bis"), Overlap);
    }

    [Fact]
    public void CreateAssignment_NextPeriodOrAnotherRep_IsAllowed()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");

        org.Assign(org.Alice, plan, org.Q2, 100000m, "Alice Q2");
        org.Assign(org.Bob, plan, org.Q1, 100000m, "Bob Q1");

        Assert.Equal(3, org.Org.Rows("spm_planassignment").Count);
    }

    [Fact]
    public void UpdateAssignment_PeriodMovedOntoAnother_Faults()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        var second = org.Assign(org.Alice, plan, org.Q2, 100000m, "Alice Q1 bis");

        AssertRejected(org, () => org.As(org.Alice).Update(new Entity("spm_planassignment", second) { ["spm_periodid"] = new EntityReference("spm_period", org.Q1) }), Overlap);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ChangeOwner_OntoARepWithAnOverlappingAssignment_FaultsThroughAssignAndUpdate(bool assign)
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        var bobs = org.Assign(org.Bob, plan, org.Q1, 100000m, "Alice Q1 bis");
        var alice = new EntityReference("systemuser", org.Alice);

        Action change = assign
            ? () => org.Service.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("spm_planassignment", bobs), ["Assignee"] = alice })
            : () => org.Service.Update(new Entity("spm_planassignment", bobs) { ["ownerid"] = alice });

        AssertRejected(org, change, Overlap);
    }

    [Fact]
    public void ReactivateAssignment_OverlappingAnActiveOne_Faults()
    {
        var org = CommissionOrg.Create();
        var plan = Tiered(org, "Hunters");
        var old = org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1 bis");
        org.Service.Execute(new OrganizationRequest("SetState") { ["EntityMoniker"] = new EntityReference("spm_planassignment", old), ["State"] = new OptionSetValue(1), ["Status"] = new OptionSetValue(2) });
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");

        AssertRejected(org, () => org.Service.Execute(new OrganizationRequest("SetState") { ["EntityMoniker"] = new EntityReference("spm_planassignment", old), ["State"] = new OptionSetValue(0), ["Status"] = new OptionSetValue(1) }), Overlap);
    }

    [Fact]
    public void CreateAssignment_PlanWithoutTiers_FaultsNamingThePlan()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount), "Empty plan");

        AssertRejected(org, () => org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1"),
            "[SPM-PLN-011] Commission plan 'Empty plan': the plan has no tiers. Add at least one tier before the plan is used.");
    }

    [Fact]
    public void UpdateAssignment_ToAPlanWithoutTiers_Faults()
    {
        var org = CommissionOrg.Create();
        var assignment = org.Assign(org.Alice, Tiered(org, "Hunters"), org.Q1, 100000m, "Alice Q1");
        var empty = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount), "Empty plan");

        AssertRejected(org, () => org.Service.Update(new Entity("spm_planassignment", assignment) { ["spm_commissionplanid"] = new EntityReference("spm_commissionplan", empty) }),
            "[SPM-PLN-011] Commission plan 'Empty plan': the plan has no tiers. Add at least one tier before the plan is used.");
    }

    private static (CommissionOrg Org, Guid Assignment) WithApprovedStatement(int status)
    {
        var org = CommissionOrg.Create();
        var assignment = org.Assign(org.Alice, Tiered(org, "Hunters"), org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-02-10");
        var statement = org.Statement(org.Alice, org.Q1);
        org.Service.Update(new Entity("spm_commissionstatement", statement.Id) { ["spm_name"] = "Alice Q1 statement" });
        org.Q1Ended();
        org.SetStatus(org.Nancy, statement.Id, Approved);
        if (status == Paid)
        {
            org.Pay(org.Oscar, statement.Id);
        }
        else if (status == Disputed)
        {
            org.Dispute(org.Alice, statement.Id);
        }

        return (org, assignment);
    }

    [Theory]
    [InlineData(Approved, "Approved")]
    [InlineData(Disputed, "Disputed")]
    [InlineData(Paid, "Paid")]
    public void UpdateAssignment_PeriodAfterStatementSettled_FaultsAndChangesNothing(int status, string shown)
    {
        var (org, assignment) = WithApprovedStatement(status);

        AssertRejected(org, () => org.Service.Update(new Entity("spm_planassignment", assignment) { ["spm_periodid"] = new EntityReference("spm_period", org.Q2) }),
            $"[SPM-PLN-014] Plan assignment 'Alice Q1': the column 'spm_periodid' cannot change because its commission statement 'Alice Q1 statement' is {shown}. Settled statements keep the period, plan and owner they were computed from; create a new assignment for a later period instead.");
    }

    [Fact]
    public void AssignAssignment_AfterStatementApproved_FaultsOnTheOwner()
    {
        var (org, assignment) = WithApprovedStatement(Approved);

        AssertRejected(org, () => org.Service.Execute(new OrganizationRequest("Assign") { ["Target"] = new EntityReference("spm_planassignment", assignment), ["Assignee"] = new EntityReference("systemuser", org.Bob) }),
            "[SPM-PLN-014] Plan assignment 'Alice Q1': the column 'ownerid' cannot change because its commission statement 'Alice Q1 statement' is Approved. Settled statements keep the period, plan and owner they were computed from; create a new assignment for a later period instead.");
    }

    [Fact]
    public void UpdateAssignment_QuotaOrSameValuesAfterStatementApproved_IsAllowed()
    {
        var (org, assignment) = WithApprovedStatement(Approved);

        org.Service.Update(new Entity("spm_planassignment", assignment) { ["spm_periodid"] = new EntityReference("spm_period", org.Q1), ["spm_quotaamount"] = new Money(120000m) });

        Assert.Equal(120000m, CommissionOrg.Money(org.Service.Retrieve("spm_planassignment", assignment, new Microsoft.Xrm.Sdk.Query.ColumnSet("spm_quotaamount")), "spm_quotaamount"));
    }

    [Theory]
    [InlineData(Approved, "Approved")]
    [InlineData(Paid, "Paid")]
    public void DeleteAssignment_AfterStatementSettled_FaultsAndDeletesNothing(int status, string shown)
    {
        var (org, assignment) = WithApprovedStatement(status);

        AssertRejected(org, () => org.Service.Delete("spm_planassignment", assignment),
            $"[SPM-PLN-015] Plan assignment 'Alice Q1' cannot be deleted because its commission statement 'Alice Q1 statement' is {shown}. Settled statements keep the assignment they were computed from; assign a new plan for later periods instead.");
    }
}
