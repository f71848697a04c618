using System.Linq;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>The GrossMargin basis: a fulfilled order is credited with its margin (line amounts − quantity × product current cost), not its total.</summary>
public sealed class GrossMarginBasisTests
{
    [Fact]
    public void Fulfill_GrossMarginBasisFivePercent_CreditsMarginNotTotal()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(GrossMargin, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m);
        var order = org.ProductOrder(org.Alice, quantity: 10m, pricePerUnit: 100m, currentCost: 60m);

        org.Fulfill(order, "2026-02-10");

        // Total 1,000; margin 1,000 − 10 × 60 = 400; 5 % of 400 = 20.
        var statement = org.Statement(org.Alice, org.Q1);
        var line = org.Lines(statement.Id).Single();
        Assert.Equal(400m, Money(line, "spm_creditamount"));
        Assert.Equal(20m, Money(line, "spm_commissionamount"));
        Assert.Equal(400m, Money(statement, "spm_creditamount"));
        Assert.Equal(20m, Money(statement, "spm_earnedamount"));
    }
}
