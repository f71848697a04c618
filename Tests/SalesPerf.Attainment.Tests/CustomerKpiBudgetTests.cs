using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Closes;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// The customer KPIs of issue 14 cost the same calls whatever the size of the book: retention and churn share one
/// aggregate of the owner's customers, cross-sell reads the period's lines plus two look-back aggregates bounded by the
/// period's customers and products (docs/domain-rules.md, "Customer KPIs").
/// </summary>
public sealed class CustomerKpiBudgetTests
{
    private const int CustomerRetentionRate = 100000018;
    private const int CustomerChurnRate = 100000019;
    private const int CrossSell = 100000020;
    private const int CustomerSatisfaction = 100000021;

    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    public void Fulfil_CrossSellTarget_SameCallsWhateverTheHistory(int historicalOrders)
    {
        var org = new SalesOrg(SalesOrg.Date("2026-06-30"));
        var alice = org.User("Alice");
        org.Fy2026();
        var q2 = org.PeriodId("FY2026-Q2");
        var target = org.Target(alice, org.Kpi("Cross-sell", CrossSell), q2, 4m);
        var laptop = org.Org.CreateProduct("Laptop", "L-1");
        var support = org.Org.CreateProduct("Support", "S-1");
        for (var i = 0; i < historicalOrders; i++)
        {
            Fulfil(org, Order(org, alice, org.Customer, laptop), $"2025-{1 + (i % 12):00}-{1 + (i % 28):00}");
        }

        var order = Order(org, alice, org.Customer, support);
        var calls = org.CallsDuring(() => Fulfil(org, order, "2026-05-10"));

        // Reads of the order step: the order, then the recomputation: targets, the lines aggregate, the two look-back
        // aggregates (existing customers, customer × product), scorecards; one target written. The commission part adds
        // its own fixed reads. Same number at 10 and 200 earlier orders.
        var plugin = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(SalesOrderClosePlugin).FullName!);
        Assert.True(plugin == Expected, $"{plugin} calls ({historicalOrders} earlier orders): {org.CallLog()}");
        Assert.True(calls >= plugin);
        Assert.Equal(1m, org.Number("spm_target", target, "spm_actualvalue"));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(100)]
    public void Win_RetentionAndChurnTargets_SameCallsWhateverTheBook(int earlierCustomers)
    {
        var org = new SalesOrg(SalesOrg.Date("2026-06-30"));
        var alice = org.User("Alice");
        org.Fy2026();
        var q2 = org.PeriodId("FY2026-Q2");
        var retention = org.Target(alice, org.Kpi("Retention", CustomerRetentionRate), q2, 80m);
        var churn = org.Target(alice, org.Kpi("Churn", CustomerChurnRate), q2, 20m);
        var first = Guid.Empty;
        for (var i = 0; i < earlierCustomers; i++)
        {
            var customer = org.Account($"Customer {i}");
            first = i == 0 ? customer : first;
            org.Win(org.Opportunity(alice, 1_000m, "2026-02-01", customer), 1_000m, $"2026-{1 + (i % 3):00}-{1 + (i % 28):00}");
        }

        var deal = org.Opportunity(alice, 1_000m, "2026-05-01", first);
        var calls = org.CallsDuring(() => org.Win(deal, 1_000m, "2026-05-01"));

        // The win's reads (opportunity, customer's other wins, stamp, split users), then targets, the opportunity
        // aggregate, the customer aggregate, scorecards: the same at 5 and 100 customers; two targets written.
        var plugin = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(OpportunityClosePlugin).FullName!);
        Assert.True(plugin == WinExpected, $"{plugin} calls ({earlierCustomers} customers): {org.CallLog()}");
        Assert.True(calls >= plugin);
        Assert.Equal(100m / earlierCustomers, org.Number("spm_target", retention, "spm_actualvalue"));
        Assert.Equal(1m, org.Number("spm_target", churn, "spm_denominator") / earlierCustomers);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(200)]
    public void SurveyResponse_SatisfactionTarget_SameCallsWhateverTheResponses(int earlierResponses)
    {
        var org = new SalesOrg(SalesOrg.Date("2026-06-30"));
        var alice = org.User("Alice");
        org.Fy2026();
        var target = org.Target(alice, org.Kpi("Satisfaction", CustomerSatisfaction), org.PeriodId("FY2026-Q2"), 80m);
        var account = org.Service.Create(new Entity("account") { ["name"] = "Acme", ["ownerid"] = new EntityReference("systemuser", alice) });
        for (var i = 0; i < earlierResponses; i++)
        {
            Survey(org, account, 50m, $"2026-{4 + (i % 3):00}-{1 + (i % 28):00}");
        }

        var calls = org.CallsDuring(() => Survey(org, account, 100m, "2026-06-15"));

        // Retrieve the account's owner; read the targets and the survey aggregate; write the target (no scorecard).
        var plugin = org.Org.ServiceCalls.ByPlugin.GetValueOrDefault(typeof(SurveyResponseAttainmentPlugin).FullName!);
        Assert.True(plugin == 4, $"{plugin} calls ({earlierResponses} earlier responses): {org.CallLog()}");
        Assert.True(calls >= plugin);
        Assert.Equal(((50m * earlierResponses) + 100m) / (earlierResponses + 1), org.Number("spm_target", target, "spm_numerator") / org.Number("spm_target", target, "spm_denominator"));
    }

    private static void Survey(SalesOrg org, Guid account, decimal score, string date) => org.Service.Create(new Entity("spm_surveyresponse")
    {
        ["spm_name"] = "Survey",
        ["spm_customerid"] = new EntityReference("account", account),
        ["spm_score"] = score,
        ["spm_respondedon"] = SalesOrg.Date(date),
    });

    private static int Expected => CrossSellFulfilCalls;

    private static int WinExpected => RetentionWinCalls;

    // Retrieve the order; read the targets, the lines aggregate, the two look-back aggregates, the scorecards and the
    // commission assignments; write the target.
    private const int CrossSellFulfilCalls = 8;

    // Retrieve the opportunity; read its customer's other wins, the split users, the targets, the customer aggregate,
    // the scorecards and the commission assignments; write the stamp and the two targets.
    private const int RetentionWinCalls = 10;

    private static Guid Order(SalesOrg org, Guid owner, Guid customer, Guid product)
    {
        var order = org.Service.Create(new Entity("salesorder")
        {
            ["name"] = "Order",
            ["ownerid"] = new EntityReference("systemuser", owner),
            ["customerid"] = new EntityReference("account", customer),
        });
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = 1m,
            ["priceperunit"] = new Money(100m),
        });
        return order;
    }

    private static void Fulfil(SalesOrg org, Guid order, string date) => org.Service.Execute(new OrganizationRequest("FulfillSalesOrder")
    {
        ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = SalesOrg.Date(date) },
        ["Status"] = new OptionSetValue(100001),
    });
}
