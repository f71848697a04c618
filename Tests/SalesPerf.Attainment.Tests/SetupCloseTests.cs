using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The close steps exist only once spm_CompleteSetup has registered them: an organisation set up when it was built and
/// one imported without setup where the test runs the API itself give the same targets and stamps, each close handled
/// once by its own step, against the domain doc's values. Before setup, closes move nothing.
/// </summary>
public sealed class SetupCloseTests
{

    private static readonly string[] AttainmentPlugins =
    [
        typeof(OpportunityAttainmentPlugin).FullName!, typeof(OpportunityClosePlugin).FullName!, typeof(SalesOrderAttainmentPlugin).FullName!,
        typeof(SalesOrderClosePlugin).FullName!,
    ];

    [Theory]
    [InlineData(false)] // set up when the organisation was built
    [InlineData(true)] // imported without setup, spm_CompleteSetup run by the test
    public void Win_RevenueTargetsOfMonthQuarterYear_SameActualsPaceAndStampsEitherWay(bool setupInTest)
    {
        // Created 15 Jan 2026, won on 14 Feb with close date 10 Feb (OpportunityWinTests' worked case).
        var org = Org(setupInTest, new DateTime(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc));
        var book = MonthQuarterYearRevenue.Seed(org);
        org.Org.Clock.UtcNow = new DateTime(2026, 2, 14, 9, 0, 0, DateTimeKind.Utc);

        var log = Recorded(org, () => org.Win(book.Deal, 20_000m, "2026-02-10"));

        book.AssertWonFor20000(org);

        // Stamps: 15 Jan → 10 Feb = 26 days; the customer has no other win.
        Assert.Equal(26m, org.Number("opportunity", book.Deal, "spm_salescycledays"));
        Assert.Equal(true, org.Row("opportunity", book.Deal).GetAttributeValue<bool?>("spm_isnewcustomer"));
        AssertHandledOnce(log, MessageNames.Win);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WinThenLose_WinRateAndSplitShare_SameEitherWay(bool setupInTest)
    {
        var org = Org(setupInTest);
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
        AssertHandledOnce(log, MessageNames.Lose);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reopen_WonDeal_RemovesTheRevenueEitherWay(bool setupInTest)
    {
        var org = Org(setupInTest);
        var (target, deal) = WonQuarterDeal.Seed(org);
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_actualvalue"));

        var log = Recorded(org, () => org.Reopen(deal));

        Assert.Null(org.Number("spm_target", target, "spm_actualvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", target, "spm_inprogressvalue"));
        Assert.Equal(1, Recomputations(log));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FulfillOrder_TwoLines_SameOrderAmountAndMarginEitherWay(bool setupInTest)
    {
        var org = Org(setupInTest);
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
        AssertHandledOnce(log, MessageNames.FulfillSalesOrder);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CancelOrder_Open_CountsNothingEitherWay(bool setupInTest)
    {
        var org = Org(setupInTest);
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var amount = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var order = Order(org, rep);

        var log = Recorded(org, () => CloseOrder(org, order, "CancelSalesOrder", 4));

        // Only fulfilled orders count (domain doc, OrderAmount): nothing is credited.
        Assert.Equal(2, org.Row("salesorder", order).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Null(org.Number("spm_target", amount, "spm_actualvalue"));
        AssertHandledOnce(log, MessageNames.CancelSalesOrder);
    }

    [Fact]
    public void Win_SetupRunByTheTest_SameCallsAsSetUpAtBuild()
    {
        // CallBudgetTests' worked case: 12 targets, the team parent and the scorecard change (14 writes), then the
        // commission part of the same close step for an owner without a plan assignment.
        var atBuild = WinCalls(setupInTest: false);
        var inTest = WinCalls(setupInTest: true);

        Assert.Equal(CallBudget.OpportunityWinFourKpisThreePeriods + CommissionBudget.WithoutAssignments(creditedUsers: 1), atBuild.Close);
        Assert.Equal(atBuild, inTest);
    }

    [Fact]
    public void Closes_BeforeSetupNothing_AfterSetupEverything()
    {
        var org = new SalesOrg(completeSetup: false);
        var rep = org.User("Olga");
        var periods = org.Fy2026();
        var revenue = org.Target(rep, org.Kpi("Revenue", Measures.Revenue), periods.Q1, 100_000m);
        var orders = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var won = org.Opportunity(rep, 20_000m, "2026-02-20");
        var lost = org.Opportunity(rep, 5_000m, "2026-02-20");

        var before = Recorded(org, () =>
        {
            org.Win(won, 20_000m, "2026-02-10");
            org.Lose(lost, "2026-02-11");
            CloseOrder(org, Order(org, rep), "FulfillSalesOrder", 100001);
            CloseOrder(org, Order(org, rep), "CancelSalesOrder", 4);
        });

        // Right after the import no step runs on a close: the won deal and the fulfilled order move no target.
        Assert.DoesNotContain(before, e => SetupSteps.IsSetupMessage(e.Message));
        Assert.Null(org.Number("spm_target", revenue, "spm_actualvalue"));
        Assert.Null(org.Number("spm_target", orders, "spm_actualvalue"));
        Assert.Null(org.Number("opportunity", won, "spm_salescycledays"));

        org.Service.Execute(new OrganizationRequest("spm_CompleteSetup"));
        var next = org.Opportunity(rep, 10_000m, "2026-02-20");
        var after = Recorded(org, () =>
        {
            org.Win(next, 10_000m, "2026-02-12");
            CloseOrder(org, Order(org, rep), "FulfillSalesOrder", 100001);
        });

        // After setup each close's step recomputes from every closed row of the quarter: 20,000 + 10,000 won, 2 × 1,400 fulfilled.
        Assert.Contains(after, e => e.Message == MessageNames.Win);
        Assert.Contains(after, e => e.Message == MessageNames.FulfillSalesOrder);
        Assert.Equal(30_000m, org.Number("spm_target", revenue, "spm_actualvalue"));
        Assert.Equal(2_800m, org.Number("spm_target", orders, "spm_actualvalue"));
    }

    private static (int Close, int Update) WinCalls(bool setupInTest)
    {
        var org = Org(setupInTest);
        var book = WinBudgetBook.Seed(org);
        org.CallsDuring(() => org.Win(book.Deal, 20_000m, "2026-02-10"));
        Assert.Equal(20_000m, org.Number("spm_target", book.TeamTarget, "spm_actualvalue"));
        var byPlugin = org.Org.ServiceCalls.ByPlugin;
        return (byPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!), byPlugin.GetValueOrDefault(typeof(OpportunityAttainmentPlugin).FullName!));
    }

    private static SalesOrg Org(bool setupInTest, DateTime? utcNow = null)
    {
        var org = new SalesOrg(utcNow, completeSetup: !setupInTest);
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

    private static void AssertHandledOnce(List<StepLogEntry> log, string close)
    {
        Assert.Equal(1, Recomputations(log));
        Assert.DoesNotContain(log, e => e.Outcome == StepOutcome.Failed);
        Assert.Contains(log, e => e.Message == close);
    }

    private static Guid Order(SalesOrg org, Guid rep)
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

    private static void CloseOrder(SalesOrg org, Guid order, string request, int status) => org.Service.Execute(new OrganizationRequest(request)
    {
        ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = SalesOrg.Date("2026-02-12") },
        ["Status"] = new OptionSetValue(status),
    });
}
