using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.Domain.Kpis;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Issue 12, "Money" 1: a payment is validated on Create, Update and reactivation (SPM-PAY-001…006); the fault names
/// the payment and the rule, and nothing changes. The collected-amount KPI and the collections credit read the same payments.
/// </summary>
public sealed class PaymentRuleTests
{
    private static void AssertRejected(CommissionOrg org, Action action, string expected)
    {
        var before = org.Snapshot();

        var fault = Fault(action);

        Assert.Equal(expected, fault.Message);
        Assert.Equal(before, org.Snapshot());
    }

    private static Guid Payment(CommissionOrg org, Guid invoice, decimal? amount, string? paidOn, string name = "PAY-1", Guid? currency = null)
    {
        var row = new Entity("spm_payment") { ["spm_name"] = name, ["spm_invoiceid"] = new EntityReference("invoice", invoice) };
        if (amount.HasValue)
        {
            row["spm_amount"] = new Money(amount.Value);
        }

        if (paidOn is not null)
        {
            row["spm_paidon"] = Date(paidOn);
        }

        if (currency.HasValue)
        {
            row["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency.Value);
        }

        return org.As(org.Alice).Create(row);
    }

    private static void SetState(IOrganizationService service, Guid payment, int state) => service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("spm_payment", payment),
        ["State"] = new OptionSetValue(state),
        ["Status"] = new OptionSetValue(state == 0 ? 1 : 2),
    });

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-500, "-500")]
    public void CreatePayment_AmountNotAboveZero_FaultsAndCreatesNothing(int amount, string shown)
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");

        AssertRejected(org, () => Payment(org, invoice, amount, "2026-02-01"),
            $"[SPM-PAY-001] Payment 'PAY-1': the amount must be more than 0 (was '{shown}'). Enter the amount received; money given back is recorded by reducing or deleting the payment, not by a negative payment.");
    }

    [Fact]
    public void CreatePayment_NoAmountNoDate_FaultsBothAtOnce()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");

        AssertRejected(org, () => Payment(org, invoice, null, null),
            "[SPM-PAY-001] Payment 'PAY-1': the amount must be more than 0 (was ''). Enter the amount received; money given back is recorded by reducing or deleting the payment, not by a negative payment. "
            + "[SPM-PAY-006] Payment 'PAY-1': the paid-on date is empty. Enter the date the money was received.");
    }

    [Fact]
    public void CreatePayment_InvoiceCancelled_FaultsNamingTheInvoice()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");
        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("invoice", invoice),
            ["State"] = new OptionSetValue(3),
            ["Status"] = new OptionSetValue(100003),
        });

        AssertRejected(org, () => Payment(org, invoice, 100m, "2026-02-01"),
            "[SPM-PAY-003] Payment 'PAY-1': the invoice 'INV-1' is cancelled and cannot receive payments. Choose an invoice that is not cancelled.");
    }

    [Fact]
    public void CreatePayment_OtherCurrency_FaultsNamingBothCurrencies()
    {
        var org = CommissionOrg.Create();
        var usd = org.Org.CreateCurrency("USD", 0.14m);
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");

        AssertRejected(org, () => Payment(org, invoice, 100m, "2026-02-01", currency: usd),
            "[SPM-PAY-004] Payment 'PAY-1': it is in USD but the invoice 'INV-1' is in CNY. Enter the payment in the invoice's currency (CNY).");
    }

    [Fact]
    public void CreatePayment_WithoutCurrency_TakesTheInvoicesCurrency()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");

        var payment = Payment(org, invoice, 100m, "2026-02-01");

        Assert.Equal(org.Org.BaseCurrencyId, org.Service.Retrieve("spm_payment", payment, new ColumnSet("transactioncurrencyid")).GetAttributeValue<EntityReference>("transactioncurrencyid").Id);
    }

    [Fact]
    public void CreatePayment_AtAndJustPastTheInvoiceTotal_TheLimitPassesOneCentMoreFaults()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");
        Payment(org, invoice, 8000m, "2026-02-01", "PAY-1");

        AssertRejected(org, () => Payment(org, invoice, 2000.01m, "2026-02-02", "PAY-2"),
            "[SPM-PAY-005] Payment 'PAY-2': the payments of the invoice 'INV-1' would add up to 10000.01, more than its total 10000. Enter at most 2000, or correct the invoice first.");
        Payment(org, invoice, 2000m, "2026-02-02", "PAY-2");
    }

    [Fact]
    public void UpdatePayment_AmountPastTheInvoiceTotal_FaultsAndChangesNothing()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");
        Payment(org, invoice, 8000m, "2026-02-01", "PAY-1");
        var second = Payment(org, invoice, 1000m, "2026-02-02", "PAY-2");

        AssertRejected(org, () => org.As(org.Alice).Update(new Entity("spm_payment", second) { ["spm_amount"] = new Money(2500m) }),
            "[SPM-PAY-005] Payment 'PAY-2': the payments of the invoice 'INV-1' would add up to 10500, more than its total 10000. Enter at most 2000, or correct the invoice first.");
    }

    [Fact]
    public void UpdatePayment_MovedToAFullyPaidInvoice_Faults()
    {
        var org = CommissionOrg.Create();
        var full = org.Invoice(org.Alice, 1000m, "INV-FULL");
        Payment(org, full, 1000m, "2026-02-01", "PAY-1");
        var other = Payment(org, org.Invoice(org.Alice, 5000m, "INV-2"), 300m, "2026-02-02", "PAY-2");

        AssertRejected(org, () => org.As(org.Alice).Update(new Entity("spm_payment", other) { ["spm_invoiceid"] = new EntityReference("invoice", full) }),
            "[SPM-PAY-005] Payment 'PAY-2': the payments of the invoice 'INV-FULL' would add up to 1300, more than its total 1000. Enter at most 0, or correct the invoice first.");
    }

    [Fact]
    public void UpdatePayment_ClearsPaidOn_Faults()
    {
        var org = CommissionOrg.Create();
        var payment = Payment(org, org.Invoice(org.Alice, 10000m, "INV-1"), 100m, "2026-02-01");

        AssertRejected(org, () => org.As(org.Alice).Update(new Entity("spm_payment", payment) { ["spm_paidon"] = null }),
            "[SPM-PAY-006] Payment 'PAY-1': the paid-on date is empty. Enter the date the money was received.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReactivatePayment_PastTheInvoiceTotal_FaultsThroughSetStateAndUpdate(bool setState)
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");
        var first = Payment(org, invoice, 8000m, "2026-02-01", "PAY-1");
        SetState(org.Service, first, 1);
        Payment(org, invoice, 5000m, "2026-02-02", "PAY-2");

        Action reactivate = setState
            ? () => SetState(org.Service, first, 0)
            : () => org.Service.Update(new Entity("spm_payment", first) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) });

        AssertRejected(org, reactivate,
            "[SPM-PAY-005] Payment 'PAY-1': the payments of the invoice 'INV-1' would add up to 13000, more than its total 10000. Enter at most 5000, or correct the invoice first.");
    }

    [Fact]
    public void CreatePayment_ChineseUser_GetsTheChineseMessage()
    {
        var org = CommissionOrg.Create(languageCode: 2052);
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");

        AssertRejected(org, () => Payment(org, invoice, 0m, "2026-02-01"),
            "[SPM-PAY-001] 回款“PAY-1”：金额必须大于 0（当前为“0”）。请输入实收金额；退款请通过减少或删除该回款记录，而不是录入负数回款。");
    }

    [Fact]
    public void DeletePayment_OnACancelledInvoice_IsAllowed()
    {
        var org = CommissionOrg.Create();
        var invoice = org.Invoice(org.Alice, 10000m, "INV-1");
        var payment = Payment(org, invoice, 100m, "2026-02-01");
        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("invoice", invoice),
            ["State"] = new OptionSetValue(3),
            ["Status"] = new OptionSetValue(100003),
        });

        org.As(org.Alice).Delete("spm_payment", payment);

        Assert.Empty(org.Org.Rows("spm_payment"));
    }

    [Fact]
    public void CollectedAmountAndCollectionsCredit_AfterCreateUpdateDeactivateDelete_AlwaysAgree()
    {
        var org = CommissionOrg.Create();
        var kpi = org.Service.Create(new Entity("spm_kpi")
        {
            ["spm_name"] = "Collected",
            ["spm_code"] = "COLLECTED",
            ["spm_measure"] = new OptionSetValue((int)Measure.CollectedAmount),
        });
        var target = org.Service.Create(new Entity("spm_target")
        {
            ["spm_name"] = "Alice collected Q1",
            ["ownerid"] = new EntityReference("systemuser", org.Alice),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_periodid"] = new EntityReference("spm_period", org.Q1),
            ["spm_targetvalue"] = 20000m,
        });
        org.Assign(org.Alice, org.Plan(new PlanSpec(Collections, Cumulative, Retroactive, Amount, new Tier(0m, null, 4m)), "Collections"), org.Q1, 20000m);
        var first = org.Invoice(org.Alice, 10000m, "INV-1");
        var second = org.Invoice(org.Alice, 6000m, "INV-2");
        var expected = new System.Collections.Generic.List<decimal>();
        var actual = new System.Collections.Generic.List<(decimal Kpi, decimal Credit)>();
        void Observe(decimal collected)
        {
            expected.Add(collected);
            var kpiValue = org.Service.Retrieve("spm_target", target, new ColumnSet("spm_actualvalue")).GetAttributeValue<decimal?>("spm_actualvalue") ?? 0m;
            var statements = org.Statements(org.Alice, org.Q1);
            actual.Add((kpiValue, statements.Count == 0 ? 0m : CommissionOrg.Money(statements[0], "spm_creditamount")));
        }

        var p1 = Payment(org, first, 3000m, "2026-02-01", "PAY-1");
        Observe(3000m);
        var p2 = Payment(org, first, 5000m, "2026-03-01", "PAY-2");
        Observe(8000m);
        org.As(org.Alice).Update(new Entity("spm_payment", p1) { ["spm_amount"] = new Money(2000m) });
        Observe(7000m);
        org.As(org.Alice).Update(new Entity("spm_payment", p2) { ["spm_invoiceid"] = new EntityReference("invoice", second) });
        Observe(7000m);
        org.As(org.Alice).Update(new Entity("spm_payment", p1) { ["spm_paidon"] = Date("2026-04-02") });
        Observe(5000m);
        Fault(() => Payment(org, second, 1500m, "2026-03-10", "PAY-3"));
        Observe(5000m);
        SetState(org.Service, p2, 1);
        Observe(0m);
        SetState(org.Service, p2, 0);
        Observe(5000m);
        org.As(org.Alice).Delete("spm_payment", p2);
        Observe(0m);

        Assert.Equal(expected.ConvertAll(e => (e, e)), actual);
    }
}
