using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.LocalOrg;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Whether the platform raises a nested Update of the closed row inside Win, Lose, FulfillSalesOrder and
/// CancelSalesOrder is not verified (<see cref="LocalOrganizationOptions.CloseRaisesNestedUpdate"/>): both ways give the
/// same targets and stamps, and each close is handled once, by its own step. Each case runs both ways against the
/// domain doc's values, and once more in an organisation imported without setup where the test runs spm_CompleteSetup
/// itself (the close steps then exist only as the rows the API created).
/// </summary>
public sealed class CloseNestingTests
{
    private static readonly string[] AttainmentPlugins =
    [
        typeof(OpportunityAttainmentPlugin).FullName!, typeof(OpportunityClosePlugin).FullName!, typeof(SalesOrderAttainmentPlugin).FullName!,
        typeof(SalesOrderClosePlugin).FullName!,
    ];

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Win_RevenueTargetsOfMonthQuarterYear_SameActualsPaceAndStampsEitherWay(bool nestedUpdate, bool setupInTest)
    {
        // Created 15 Jan 2026, won on 14 Feb with close date 10 Feb (OpportunityWinTests' worked case).
        var org = Org(nestedUpdate, setupInTest, new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        var book = MonthQuarterYearRevenue.Seed(org);
        org.Org.Clock.UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc);

        var log = Recorded(org, () => org.Win(book.Deal, 20_000m, "2026-02-10"));

        book.AssertWonFor20000(org);

        // Stamps: 15 Jan → 10 Feb = 26 days; the customer has no other win.
        Assert.Equal(26m, org.Number("opportunity", book.Deal, "spm_salescycledays"));
        Assert.Equal(true, org.Row("opportunity", book.Deal).GetAttributeValue<bool?>("spm_isnewcustomer"));
        AssertHandledOnce(log, nestedUpdate, MessageNames.Win);
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void WinThenLose_WinRateAndSplitShare_SameEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var reps = TwoRepsQuarterRevenue.Seed(org);
        var winRate = org.Target(reps.Alice, org.Kpi("Win rate", Measures.WinRate), reps.Periods.Q1, 25m);
        var won = org.Opportunity(reps.Alice, 10_000m, "2026-02-01");
        var lost = org.Opportunity(reps.Alice, 10_000m, "2026-02-01");
        org.Split(won, reps.Bob, 30m);

        org.Win(won, 10_000m, "2026-02-02");
        var log = Recorded(org, () => org.Lose(lost, "2026-02-03"));

        // Split: 10,000 × 70 % to Alice, × 30 % to Bob. Win rate 1 ÷ (1 + 1) = 50 % against 25 % → 200 %, score capped at 150.
        Assert.Equal(7_000m, org.Number("spm_target", reps.AliceTarget, "spm_actualvalue"));
        Assert.Equal(3_000m, org.Number("spm_target", reps.BobTarget, "spm_actualvalue"));
        Assert.Equal(1m, org.Number("spm_target", winRate, "spm_numerator"));
        Assert.Equal(2m, org.Number("spm_target", winRate, "spm_denominator"));
        Assert.Equal(50m, org.Number("spm_target", winRate, "spm_actualvalue"));
        Assert.Equal(150m, org.Number("spm_target", winRate, "spm_scorepercent"));

        // A loss stamps the cycle: created 14 Feb, closed 3 Feb, never negative → 0.
        Assert.Equal(0m, org.Number("opportunity", lost, "spm_salescycledays"));
        AssertHandledOnce(log, nestedUpdate, MessageNames.Lose);
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void Reopen_WonDeal_RemovesTheRevenueEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var (target, deal) = WonQuarterDeal.Seed(org);
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_actualvalue"));

        var log = Recorded(org, () => org.Reopen(deal));

        Assert.Null(org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
        Assert.Equal(1, Recomputations(log));
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void FulfillOrder_TwoLines_SameOrderAmountAndMarginEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
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
        AssertHandledOnce(log, nestedUpdate, MessageNames.FulfillSalesOrder);
    }

    [Theory]
    [InlineData(true, false)] // set up when built; the close raises a nested Update of the row
    [InlineData(false, false)] // set up when built; the close changes the row without one
    [InlineData(true, true)] // imported without setup; spm_CompleteSetup run by the test
    public void CancelOrder_Open_CountsNothingEitherWay(bool nestedUpdate, bool setupInTest)
    {
        var org = Org(nestedUpdate, setupInTest);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var amount = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var order = Order(org, rep);

        var log = Recorded(org, () => CloseOrder(org, order, "CancelSalesOrder", 4));

        // Only fulfilled orders count (domain doc, OrderAmount): nothing is credited.
        Assert.Equal(2, org.Row("salesorder", order).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Null(org.Number("spm_target", amount, "spm_actualvalue"));
        AssertHandledOnce(log, nestedUpdate, MessageNames.CancelSalesOrder);
    }

    [Fact]
    public void Win_EitherWay_SameCallsAllInTheWinStep()
    {
        // CallBudgetTests' worked case: 12 targets, the team parent and the scorecard change (14 writes).
        var nested = WinCalls(nestedUpdate: true);
        var direct = WinCalls(nestedUpdate: false);

        Assert.Equal(nested, direct);
        Assert.Equal(0, nested.Update);
    }

    private static (int Close, int Update) WinCalls(bool nestedUpdate)
    {
        var org = Org(nestedUpdate);
        var book = WinBudgetBook.Seed(org);
        org.CallsDuring(() => org.Win(book.Deal, 20_000m, "2026-02-10"));
        Assert.Equal(20_000m, org.Number("spm_target", book.TeamTarget, "spm_actualvalue"));
        var byPlugin = org.Org.ServiceCalls.ByPlugin;
        return (byPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!), byPlugin.GetValueOrDefault(typeof(OpportunityAttainmentPlugin).FullName!));
    }

    private static SalesOrg Org(bool nestedUpdate, bool setupInTest = false, DateTime? utcNow = null)
    {
        var org = new SalesOrg(utcNow, nestedUpdate, completeSetup: !setupInTest);
        if (setupInTest)
        {
            org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        }

        return org;
    }

    private static List<StepLogEntry> Recorded(SalesOrg org, Action action)
    {
        var before = org.Org.StepLog.Count;
        action();
        return org.Org.StepLog.Skip(before).ToList();
    }

    private static int Recomputations(IEnumerable<StepLogEntry> log) =>
        log.Count(e => AttainmentPlugins.Contains(e.PluginType) && e.Trace.Any(line => line.Contains("] Recomputed ", StringComparison.Ordinal)));

    /// <summary>The close's own step recomputed, once; with a nested Update its steps ran and stood aside, without one none ran.</summary>
    private static void AssertHandledOnce(List<StepLogEntry> log, bool nestedUpdate, string close)
    {
        Assert.Equal(1, Recomputations(log));
        Assert.Contains(log, e => e.Message == close && AttainmentPlugins.Contains(e.PluginType) && e.Trace.Any(line => line.Contains("] Recomputed ", StringComparison.Ordinal)));
        Assert.DoesNotContain(log, e => e.Outcome == StepOutcome.Failed);
        var closedTable = close is MessageNames.Win or MessageNames.Lose ? "opportunity" : "salesorder";
        var closeDepth = log.First(e => e.Message == close).Depth;
        var nestedUpdates = log.Where(e => e.Message == MessageNames.Update && e.PrimaryEntity == closedTable && e.Stage == 40 && e.Depth == closeDepth).ToList();
        if (nestedUpdate)
        {
            Assert.NotEmpty(nestedUpdates);
            Assert.All(nestedUpdates, e => Assert.Contains(e.Trace, line => line.Contains("raised inside " + close + " of the same row", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Empty(nestedUpdates);
        }
    }

    internal static Guid Order(SalesOrg org, Guid rep)
    {
        var product = org.Org.CreateProduct("Widget", "W-1", currentCost: 60m);
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

    internal static void CloseOrder(SalesOrg org, Guid order, string request, int status) => org.Service.Execute(new OrganizationRequest(request)
    {
        ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = SalesOrg.Date("2026-02-12") },
        ["Status"] = new OptionSetValue(status),
    });
}
