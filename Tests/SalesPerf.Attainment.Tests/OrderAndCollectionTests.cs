using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests;

/// <summary>Orders (amount, margin stamped from the lines) and collections (payments stamped on the invoice).</summary>
public sealed class OrderAndCollectionTests
{
    [Fact]
    public void FulfillOrder_TwoLines_StampsMarginAndCreditsOrderAmountAndMargin()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var amount = org.Target(rep, org.Kpi("Orders", Measures.OrderAmount), periods.Q1, 10_000m);
        var margin = org.Target(rep, org.Kpi("Margin", Measures.GrossMargin), periods.Q1, 2_000m);
        var product = org.Org.CreateProduct("Widget", "W-1", currentCost: 60m);
        var order = org.Service.Create(new Entity("salesorder")
        {
            ["name"] = "Order",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["customerid"] = new EntityReference("account", org.Customer),
        });
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = 10m,
            ["priceperunit"] = new Money(100m),
        });
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = 5m,
            ["priceperunit"] = new Money(80m),
        });

        // Margin: (1,000 − 10 × 60) + (400 − 5 × 60) = 400 + 100 = 500.
        Assert.Equal(500m, org.Number("salesorder", order, "spm_grossmargin"));

        org.Service.Execute(new OrganizationRequest("FulfillSalesOrder")
        {
            ["OrderClose"] = new Entity("orderclose") { ["salesorderid"] = new EntityReference("salesorder", order), ["actualend"] = SalesOrg.Date("2026-02-12") },
            ["Status"] = new OptionSetValue(100001),
        });

        // Order amount 1,400 ÷ 10,000 = 14 %; margin 500 ÷ 2,000 = 25 %.
        Assert.Equal(1_400m, org.Number("spm_target", amount, "spm_actualvalue"));
        Assert.Equal(14m, org.Number("spm_target", amount, "spm_attainmentpercent"));
        Assert.Equal(500m, org.Number("spm_target", margin, "spm_actualvalue"));
        Assert.Equal(25m, org.Number("spm_target", margin, "spm_attainmentpercent"));
    }

    [Fact]
    public void Payment_EightThousandOfTenThousandDue_StampsAmountPaidAndCollectionRate()
    {
        var org = new SalesOrg();
        var rep = org.User("Alice");
        var periods = org.Fy2026();
        var collected = org.Target(rep, org.Kpi("Collected", Measures.CollectedAmount), periods.Q1, 20_000m);
        var rate = org.Target(rep, org.Kpi("Collection rate", Measures.CollectionRate), periods.Q1, 100m);
        var product = org.Org.CreateProduct("Widget", "W-1");
        var invoice = org.Service.Create(new Entity("invoice")
        {
            ["name"] = "Invoice",
            ["ownerid"] = new EntityReference("systemuser", rep),
            ["customerid"] = new EntityReference("account", org.Customer),
            ["duedate"] = SalesOrg.Date("2026-03-15"),
        });
        org.Service.Create(new Entity("invoicedetail")
        {
            ["invoiceid"] = new EntityReference("invoice", invoice),
            ["productid"] = new EntityReference("product", product),
            ["quantity"] = 1m,
            ["priceperunit"] = new Money(10_000m),
        });

        var payment = org.Service.Create(new Entity("spm_payment")
        {
            ["spm_name"] = "P1",
            ["spm_invoiceid"] = new EntityReference("invoice", invoice),
            ["spm_amount"] = new Money(8_000m),
            ["spm_paidon"] = SalesOrg.Date("2026-02-10"),
        });

        // Paid 8,000 of 10,000 due in Q1 = 80 %; collected 8,000 ÷ 20,000 = 40 %.
        Assert.Equal(8_000m, org.Number("invoice", invoice, "spm_amountpaid"));
        Assert.Equal(8_000m, org.Number("spm_target", collected, "spm_actualvalue"));
        Assert.Equal(40m, org.Number("spm_target", collected, "spm_attainmentpercent"));
        Assert.Equal(80m, org.Number("spm_target", rate, "spm_actualvalue"));
        Assert.Equal(8_000m, org.Number("spm_target", rate, "spm_numerator"));
        Assert.Equal(10_000m, org.Number("spm_target", rate, "spm_denominator"));

        org.Service.Delete("spm_payment", payment);

        Assert.Equal(0m, org.Number("invoice", invoice, "spm_amountpaid"));
        Assert.Null(org.Number("spm_target", collected, "spm_actualvalue"));
        Assert.Equal(0m, org.Number("spm_target", rate, "spm_actualvalue"));
    }

    [Fact]
    public void AssignInvoice_WithAPayment_CollectionsMoveToTheNewOwner()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var bob = org.User("Bob");
        var periods = org.Fy2026();
        var kpi = org.Kpi("Collected", Measures.CollectedAmount);
        var aliceTarget = org.Target(alice, kpi, periods.Q1, 10_000m);
        var bobTarget = org.Target(bob, kpi, periods.Q1, 10_000m);
        var invoice = org.Service.Create(new Entity("invoice")
        {
            ["name"] = "Invoice",
            ["ownerid"] = new EntityReference("systemuser", alice),
            ["customerid"] = new EntityReference("account", org.Customer),
            ["duedate"] = SalesOrg.Date("2026-03-15"),
        });
        org.Service.Create(new Entity("invoicedetail")
        {
            ["invoiceid"] = new EntityReference("invoice", invoice),
            ["isproductoverridden"] = true,
            ["productdescription"] = "Service",
            ["priceperunit"] = new Money(10_000m),
            ["quantity"] = 1m,
        });
        org.Service.Create(new Entity("spm_payment")
        {
            ["spm_name"] = "P1",
            ["spm_invoiceid"] = new EntityReference("invoice", invoice),
            ["spm_amount"] = new Money(3_000m),
            ["spm_paidon"] = SalesOrg.Date("2026-01-20"),
        });
        Assert.Equal(3_000m, org.Number("spm_target", aliceTarget, "spm_actualvalue"));

        org.Assign("invoice", invoice, bob);

        // The payment's date (20 Jan) is not the due date (15 Mar): both periods are recomputed for both owners.
        Assert.Null(org.Number("spm_target", aliceTarget, "spm_actualvalue"));
        Assert.Equal(3_000m, org.Number("spm_target", bobTarget, "spm_actualvalue"));
        Assert.Equal(30m, org.Number("spm_target", bobTarget, "spm_attainmentpercent"));
    }

    [Fact]
    public void TargetValue_Raised_AttainmentRecomputedAndParentReconciled()
    {
        var org = new SalesOrg();
        var alice = org.User("Alice");
        var team = org.Org.CreateTeam("East", [alice]);
        var periods = org.Fy2026();
        var revenue = org.Kpi("Revenue", Measures.Revenue);
        var parent = org.Target(team, revenue, periods.Q1, 100_000m, null, "team");
        var child = org.Target(alice, revenue, periods.Q1, 40_000m, t => t["spm_parenttargetid"] = new EntityReference("spm_target", parent));
        var deal = org.Opportunity(alice, 20_000m, "2026-02-10");
        org.Win(deal, 20_000m, "2026-02-10");
        Assert.Equal(50m, org.Number("spm_target", child, "spm_attainmentpercent"));
        Assert.Equal(40_000m, org.Number("spm_target", parent, "spm_allocatedvalue"));

        org.Service.Update(new Entity("spm_target", child) { ["spm_targetvalue"] = 80_000m });

        // 20,000 ÷ 80,000 = 25 %; allocated 80,000 of 100,000 → variance 20,000.
        Assert.Equal(25m, org.Number("spm_target", child, "spm_attainmentpercent"));
        Assert.Equal(80_000m, org.Number("spm_target", parent, "spm_allocatedvalue"));
        Assert.Equal(20_000m, org.Number("spm_target", parent, "spm_allocationvariance"));
    }
}
