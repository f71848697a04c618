using System.Linq;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>Reversals: recomputed while Open; clawed back on the current open statement once the statement is closed.</summary>
public sealed class ClawbackTests
{
    private static (CommissionOrg Org, System.Guid Deal, Microsoft.Xrm.Sdk.Entity Q1Statement) ApprovedQ1(int clawbackDays = 90)
    {
        var org = CommissionOrg.Create("2026-03-31T12:00:00Z");
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)) { ClawbackDays = clawbackDays });
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Assign(org.Alice, plan, org.Q2, 100000m, "Alice Q2");
        var deal = org.Won(org.Alice, 10000m, "2026-03-20");
        var q1 = org.Statement(org.Alice, org.Q1);
        org.Q1Ended();
        org.SetStatus(org.Nancy, q1.Id, Approved);
        return (org, deal, org.Statement(org.Alice, org.Q1));
    }

    [Fact]
    public void Reopen_AfterApprovalWithinWindow_PostsMinus500OnCurrentStatementAndLeavesApprovedOneUnchanged()
    {
        var (org, deal, approved) = ApprovedQ1();
        var approvedLines = org.Lines(approved.Id).Select(l => l.Attributes.Count + ":" + Money(l, "spm_commissionamount")).ToList();
        org.Org.Clock.Advance(System.TimeSpan.FromDays(10));

        org.Reopen(deal);

        var q2 = org.Statement(org.Alice, org.Q2);
        var line = org.Lines(q2.Id).Single();
        Assert.Equal(Clawback, line.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("spm_kind").Value);
        Assert.Equal(-500m, Money(line, "spm_commissionamount"));
        Assert.Equal(0m, Money(line, "spm_creditamount"));
        Assert.Contains("Clawback", line.GetAttributeValue<string>("spm_trace"));
        Assert.Equal(-500m, Money(q2, "spm_clawbackamount"));
        Assert.Equal(-500m, Money(q2, "spm_payableamount"));
        Assert.Equal(0m, q2.GetAttributeValue<decimal>("spm_attainmentpercent"));
        var after = org.Statement(org.Alice, org.Q1);
        Assert.Equal(Approved, after.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("statuscode").Value);
        Assert.Equal(500m, Money(after, "spm_earnedamount"));
        Assert.Equal(10m, after.GetAttributeValue<decimal>("spm_attainmentpercent"));
        Assert.Equal(approved.GetAttributeValue<System.DateTime>("modifiedon"), after.GetAttributeValue<System.DateTime>("modifiedon"));
        Assert.Equal(approvedLines, org.Lines(approved.Id).Select(l => l.Attributes.Count + ":" + Money(l, "spm_commissionamount")).ToList());
    }

    [Fact]
    public void Reopen_TwiceAfterApproval_ClawsBackOnlyOnce()
    {
        var (org, deal, _) = ApprovedQ1();
        org.Org.Clock.Advance(System.TimeSpan.FromDays(10));
        org.Reopen(deal);
        org.Win(deal, 10000m, "2026-03-20");

        org.Reopen(deal);

        var q2 = org.Statement(org.Alice, org.Q2);
        Assert.Equal(-500m, Money(q2, "spm_clawbackamount"));
        Assert.Single(org.Lines(q2.Id));
    }

    [Fact]
    public void Reopen_AfterWindow_PostsNoClawback()
    {
        var (org, deal, _) = ApprovedQ1(clawbackDays: 5);
        org.Org.Clock.Advance(System.TimeSpan.FromDays(20));

        org.Reopen(deal);

        Assert.Empty(org.Statements(org.Alice, org.Q2));
    }

    [Fact]
    public void Reopen_WhileStatementOpen_RecomputesWithoutTheDeal()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)) { ClawbackDays = 90 });
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        org.Won(org.Alice, 4000m, "2026-03-01");
        var deal = org.Won(org.Alice, 10000m, "2026-03-20");

        org.Reopen(deal);

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(200m, Money(statement, "spm_earnedamount"));
        Assert.Equal(0m, Money(statement, "spm_clawbackamount"));
        Assert.Single(org.Lines(statement.Id));
    }

    [Fact]
    public void DeletePayment_AfterApproval_ClawsBackOnCurrentStatement()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(Collections, Cumulative, Retroactive, Amount, new Tier(0m, null, 4m)) { ClawbackDays = 60 });
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Assign(org.Alice, plan, org.Q2, 100000m, "Alice Q2");
        var payment = org.Payment(org.Invoice(org.Alice), 8000m, "2026-03-25");
        org.Q1Ended();
        org.SetStatus(org.Nancy, org.Statement(org.Alice, org.Q1).Id, Approved);
        org.Org.Clock.Advance(System.TimeSpan.FromDays(5));

        org.Service.Delete("spm_payment", payment);

        Assert.Equal(-320m, Money(org.Statement(org.Alice, org.Q2), "spm_clawbackamount"));
        Assert.Equal(320m, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }
}
