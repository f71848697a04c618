using System.Linq;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>Every worked example of domain.md section 6, through the real pipeline: amounts on lines and statements.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Win_CumulativeMarginalAmountAfter145000_NewLinePays1100()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Marginal, Amount,
            new Tier(0m, 150000m, 4m), new Tier(150000m, 250000m, 6m), new Tier(250000m, null, 8m)));
        org.Assign(org.Alice, plan, org.Q1, 300000m);
        org.Won(org.Alice, 145000m, "2026-02-01");

        org.Won(org.Alice, 20000m, "2026-03-01");

        var statement = org.Statement(org.Alice, org.Q1);
        var lines = org.Lines(statement.Id);
        Assert.Equal(new[] { 5800m, 1100m }, lines.Select(l => Money(l, "spm_commissionamount")));
        Assert.Equal(6m, lines[1].GetAttributeValue<decimal>("spm_ratepercent"));
        Assert.Contains("1,100.00", lines[1].GetAttributeValue<string>("spm_trace"));
        Assert.Equal(6900m, Money(statement, "spm_earnedamount"));
        Assert.Equal(165000m, Money(statement, "spm_creditamount"));
        Assert.Equal(6900m, Money(statement, "spm_payableamount"));
    }

    [Fact]
    public void Win_PerTransactionMarginalSixDeals_Pays164()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, PerTransaction, Marginal, Amount,
            new Tier(0m, 1000m, 1m), new Tier(1000m, 3000m, 2m), new Tier(3000m, 8000m, 3m), new Tier(8000m, 20000m, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        var day = 1;
        foreach (var amount in new[] { 200m, 300m, 1500m, 1200m, 2000m, 4500m })
        {
            org.Won(org.Alice, amount, "2026-02-" + (day++).ToString("00"));
        }

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(new[] { 2m, 3m, 20m, 14m, 30m, 95m }, org.Lines(statement.Id).Select(l => Money(l, "spm_commissionamount")));
        Assert.Equal(164m, Money(statement, "spm_earnedamount"));
    }

    [Theory]
    [InlineData(49999, 0)] // below the first paying tier
    [InlineData(50000, 500)] // lower bound is inclusive
    [InlineData(80000, 1600)] // 80 % × 2 %
    [InlineData(120000, 3600)] // 120 % × 3 %
    public void Win_CumulativeRetroactivePercent_PaysWholeAmountAtTierReached(int credit, int earned)
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Percent,
            new Tier(0m, 50m, 0m), new Tier(50m, 75m, 1m), new Tier(75m, 100m, 2m), new Tier(100m, null, 3m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        org.Won(org.Alice, credit, "2026-02-01");

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(earned, Money(statement, "spm_earnedamount"));
        Assert.Equal(earned, Money(org.Lines(statement.Id).Single(), "spm_commissionamount"));
        Assert.Equal(decimal.Round(credit / 1000m, 2, System.MidpointRounding.AwayFromZero), statement.GetAttributeValue<decimal>("spm_attainmentpercent"));
    }

    [Theory]
    [InlineData(Retroactive, 8800)] // 110,000 × 8 %
    [InlineData(Marginal, 6800)] // 6,000 + 800
    public void Win_110PercentOfQuota_RetroactiveAndMarginalDiffer(int mode, int earned)
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, mode, Percent,
            new Tier(0m, 100m, 6m), new Tier(100m, 150m, 8m), new Tier(150m, null, 10m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        org.Won(org.Alice, 110000m, "2026-02-01");

        Assert.Equal(earned, Money(org.Statement(org.Alice, org.Q1), "spm_earnedamount"));
    }

    [Fact]
    public void Fulfill_PerTransactionRetroactiveOneBand_Pays3020Then0Then0And0()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(FulfilledOrders, PerTransaction, Retroactive, Amount, new Tier(15000m, 16000m, 20m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);

        foreach (var amount in new[] { 15100m, 14999m, 10000m, 6000m })
        {
            org.Fulfill(org.Order(org.Alice, amount), "2026-02-10");
        }

        var statement = org.Statement(org.Alice, org.Q1);
        var lines = org.Lines(statement.Id);
        Assert.Equal(4, lines.Count);
        Assert.Equal(3020m, lines.Single(l => Money(l, "spm_creditamount") == 15100m).GetAttributeValue<Microsoft.Xrm.Sdk.Money>("spm_commissionamount").Value);
        Assert.All(lines.Where(l => Money(l, "spm_creditamount") != 15100m), l => Assert.Equal(0m, Money(l, "spm_commissionamount")));
        Assert.Equal(3020m, Money(statement, "spm_earnedamount"));
    }

    [Fact]
    public void Payment_CollectionsFourPercentOf8000Received_Pays320()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(Collections, Cumulative, Retroactive, Amount, new Tier(0m, null, 4m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var invoice = org.Invoice(org.Alice);

        org.Payment(invoice, 8000m, "2026-03-01");

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(320m, Money(statement, "spm_earnedamount"));
        Assert.Equal(8000m, Money(org.Lines(statement.Id).Single(), "spm_creditamount"));
    }

    [Fact]
    public void Payment_TwoPartialPayments_EachCreditedAsItArrives()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(Collections, Cumulative, Retroactive, Amount, new Tier(0m, null, 4m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var invoice = org.Invoice(org.Alice);

        org.Payment(invoice, 3000m, "2026-02-01");
        org.Payment(invoice, 5000m, "2026-03-01");

        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(new[] { 120m, 200m }, org.Lines(statement.Id).Select(l => Money(l, "spm_commissionamount")));
        Assert.Equal(320m, Money(statement, "spm_earnedamount"));
    }
}
