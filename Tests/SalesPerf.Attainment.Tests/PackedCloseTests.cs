using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The steps registered as the packed solution ships them (no Win, Lose, FulfillSalesOrder or CancelSalesOrder step;
/// the nested Update steps configured to stand in) give the same targets and stamps as every step registered, and
/// handle each close once. Each case runs in both registrations against the domain doc's values.
/// </summary>
public sealed class PackedCloseTests
{
    private static readonly string[] ClosesWithoutId =
        [MessageNames.Win, MessageNames.Lose, MessageNames.FulfillSalesOrder, MessageNames.CancelSalesOrder];

    private static readonly string[] AttainmentPlugins =
    [
        typeof(OpportunityAttainmentPlugin).FullName!, typeof(OpportunityClosePlugin).FullName!, typeof(SalesOrderAttainmentPlugin).FullName!,
    ];

    [Theory]
    [InlineData(false)] // every step registered
    [InlineData(true)] // as packed
    public void Win_RevenueTargetsOfMonthQuarterYear_SameActualsPaceAndStampsEitherWay(bool asPacked)
    {
        // Created 15 Jan 2026, won on 14 Feb with close date 10 Feb (OpportunityWinTests' worked case).
        var org = Org(asPacked, new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var month = org.Target(rep, revenue, periods.February, 100_000m);
        var quarter = org.Target(rep, revenue, periods.Q1, 100_000m);
        var year = org.Target(rep, revenue, periods.Year, 1_200_000m);
        var deal = org.Opportunity(rep, 25_000m, "2026-02-20");
        org.Org.Clock.UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc);

        var log = Recorded(org, () => org.Win(deal, 20_000m, "2026-02-10"));

        // 20,000 ÷ 100,000 = 20 %; 20,000 ÷ 1,200,000 = 1.67 %. Pace: Q1 100,000 × 44 ÷ 89 = 49,438.20;
        // Feb 100,000 × 13 ÷ 27 = 48,148.15; FY 1,200,000 × 44 ÷ 364 = 145,054.95.
        Assert.Equal(20_000m, org.Number("spm_target", month, "spm_actualvalue"));
        Assert.Equal(20m, org.Number("spm_target", month, "spm_attainmentpercent"));
        Assert.Equal(20m, org.Number("spm_target", quarter, "spm_scorepercent"));
        Assert.Equal(1.67m, org.Number("spm_target", year, "spm_attainmentpercent"));
        Assert.Equal(49_438.20m, org.Number("spm_target", quarter, "spm_expectedtodatevalue"));
        Assert.Equal(48_148.15m, org.Number("spm_target", month, "spm_expectedtodatevalue"));
        Assert.Equal(145_054.95m, org.Number("spm_target", year, "spm_expectedtodatevalue"));

        // Stamps: 15 Jan → 10 Feb = 26 days; the customer has no other win.
        Assert.Equal(26m, org.Number("opportunity", deal, "spm_salescycledays"));
        Assert.Equal(true, org.Row("opportunity", deal).GetAttributeValue<bool?>("spm_isnewcustomer"));
        AssertHandledOnce(log, asPacked, MessageNames.Win);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WinThenLose_WinRateAndSplitShare_SameEitherWay(bool asPacked)
    {
        var org = Org(asPacked);
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var aliceRevenue = org.Target(alice, revenue, periods.Q1, 100_000m);
        var bobRevenue = org.Target(bob, revenue, periods.Q1, 100_000m);
        var winRate = org.Target(alice, org.Kpi("Win rate", Measures.WinRate), periods.Q1, 25m);
        var won = org.Opportunity(alice, 10_000m, "2026-02-01");
        var lost = org.Opportunity(alice, 10_000m, "2026-02-01");
        org.Split(won, bob, 30m);

        org.Win(won, 10_000m, "2026-02-02");
        var log = Recorded(org, () => org.Lose(lost, "2026-02-03"));

        // Split: 10,000 × 70 % to Alice, × 30 % to Bob. Win rate 1 ÷ (1 + 1) = 50 % against 25 % → 200 %, score capped at 150.
        Assert.Equal(7_000m, org.Number("spm_target", aliceRevenue, "spm_actualvalue"));
        Assert.Equal(3_000m, org.Number("spm_target", bobRevenue, "spm_actualvalue"));
        Assert.Equal(1m, org.Number("spm_target", winRate, "spm_numerator"));
        Assert.Equal(2m, org.Number("spm_target", winRate, "spm_denominator"));
        Assert.Equal(50m, org.Number("spm_target", winRate, "spm_actualvalue"));
        Assert.Equal(150m, org.Number("spm_target", winRate, "spm_scorepercent"));

        // A loss stamps the cycle: created 14 Feb, closed 3 Feb, never negative → 0.
        Assert.Equal(0m, org.Number("opportunity", lost, "spm_salescycledays"));
        AssertHandledOnce(log, asPacked, MessageNames.Lose);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reopen_WonDeal_RemovesTheRevenueEitherWay(bool asPacked)
    {
        var org = Org(asPacked);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var target = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var deal = org.Opportunity(rep, 20_000m, "2026-02-10");
        org.Win(deal, 20_000m, "2026-02-10");
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_actualvalue"));

        var log = Recorded(org, () => org.Reopen(deal));

        Assert.Null(org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
        Assert.Equal(1, Recomputations(log));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FulfillOrder_TwoLines_SameOrderAmountAndMarginEitherWay(bool asPacked)
    {
        var org = Org(asPacked);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var amount = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var margin = org.Target(rep, org.Kpi("Margin", Measures.GrossMargin), periods.Q1, 2_000m);
        var order = Order(org, rep);

        var log = Recorded(org, () => CloseOrder(org, order, "FulfillSalesOrder", 100001));

        // OrderAndCollectionTests' case: amount 1,400 ÷ 10,000 = 14 %; margin (1,000 − 600) + (400 − 300) = 500 ÷ 2,000 = 25 %.
        Assert.Equal(500m, org.Number("salesorder", order, "spm_grossmargin"));
        Assert.Equal(1_400m, org.Number("spm_target", amount, "spm_actualvalue"));
        Assert.Equal(14m, org.Number("spm_target", amount, "spm_attainmentpercent"));
        Assert.Equal(500m, org.Number("spm_target", margin, "spm_actualvalue"));
        Assert.Equal(25m, org.Number("spm_target", margin, "spm_attainmentpercent"));
        AssertHandledOnce(log, asPacked, MessageNames.FulfillSalesOrder);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CancelOrder_Open_CountsNothingEitherWay(bool asPacked)
    {
        var org = Org(asPacked);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var amount = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var order = Order(org, rep);

        var log = Recorded(org, () => CloseOrder(org, order, "CancelSalesOrder", 4));

        // Only fulfilled orders count (domain doc, OrderAmount): nothing is credited.
        Assert.Equal(2, org.Row("salesorder", order).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Null(org.Number("spm_target", amount, "spm_actualvalue"));
        AssertHandledOnce(log, asPacked, MessageNames.CancelSalesOrder);
    }

    [Fact]
    public void Win_AsPacked_StandInStaysWithinTheWinBudgetLessTheRowRead()
    {
        // CallBudgetTests' worked case: 12 targets, the team parent and the scorecard change (14 writes).
        var full = WinCalls(asPacked: false);
        var packed = WinCalls(asPacked: true);

        Assert.True(full.Close == CallBudget.OpportunityWinFourKpisThreePeriods, $"close step: {full.Close}");
        Assert.Equal(0, full.Update);
        Assert.Equal(0, packed.Close);
        Assert.True(packed.Update == CallBudget.Reads(CallBudget.OpportunityWinStandInReads, 12 + 1 + 1), $"stand-in: {packed.Update}");
    }

    private static (int Close, int Update) WinCalls(bool asPacked)
    {
        var org = Org(asPacked);
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var team = org.Org.CreateTeam("East", [alice, bob]);
        var periods = org.Fy2026();
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

        var deal = org.Opportunity(alice, 20_000m, "2026-02-10", customer: org.Account("New Co"));
        org.CallsDuring(() => org.Win(deal, 20_000m, "2026-02-10"));
        Assert.Equal(20_000m, org.Number("spm_target", parent, "spm_actualvalue"));
        var byPlugin = org.Org.ServiceCalls.ByPlugin;
        return (byPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!), byPlugin.GetValueOrDefault(typeof(OpportunityAttainmentPlugin).FullName!));
    }

    private static SalesOrg Org(bool asPacked, DateTime? utcNow = null) => new(utcNow, asPacked ? ClosesWithoutId : null);

    private static List<StepLogEntry> Recorded(SalesOrg org, Action action)
    {
        var before = org.Org.StepLog.Count;
        action();
        return org.Org.StepLog.Skip(before).ToList();
    }

    private static int Recomputations(IEnumerable<StepLogEntry> log) =>
        log.Count(e => AttainmentPlugins.Contains(e.PluginType) && e.Trace.Any(line => line.Contains("] Recomputed ", StringComparison.Ordinal)));

    private static void AssertHandledOnce(List<StepLogEntry> log, bool asPacked, string close)
    {
        Assert.Equal(1, Recomputations(log));
        Assert.DoesNotContain(log, e => e.Outcome == StepOutcome.Failed);
        if (asPacked)
        {
            Assert.DoesNotContain(log, e => e.Message == close);
            Assert.Contains(log, e => e.Message == MessageNames.Update && e.Trace.Any(line => line.Contains("doing the " + close + " step's work", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Contains(log, e => e.Message == close);
        }
    }

    private static Guid Order(SalesOrg org, Guid rep)
    {
        var product = org.Product("Widget", "W-1", 60m);
        var order = org.Service.Create(new Entity("salesorder")
        {
            ["name"] = "Order",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["customerid"] = new EntityReference("account", org.Customer),
        });
        foreach (var (quantity, price) in new[] { (10m, 100m), (5m, 80m) })
        {
            org.Service.Create(new Entity("salesorderdetail")
            {
                ["salesorderid"] = new EntityReference("salesorder", order),
                ["productid"] = new EntityReference("product", product),
                ["quantity"] = quantity,
                ["priceperunit"] = new Money(price),
            });
        }

        return order;
    }

    private static void CloseOrder(SalesOrg org, Guid order, string request, int status) => org.Service.Execute(new OrganizationRequest(request)
    {
        ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = SalesOrg.Date("2026-02-12") },
        ["Status"] = new OptionSetValue(status),
    });
}
