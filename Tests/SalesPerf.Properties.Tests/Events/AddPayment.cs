using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>The collector records a payment on her invoice; it is the invoice's next numbered payment, refused or not.</summary>
public sealed record AddPayment(string Invoice, decimal Amount, int PaidOn) : SalesEvent
{
    public override string Chain => Invoice;

    public override int? Day => PaidOn;

    public override SalesEvent OnDay(int day) => this with { PaidOn = day };

    public override void Apply(SalesWorld world)
    {
        var number = world.PaymentsEntered.GetValueOrDefault(Invoice) + 1;
        world.PaymentsEntered[Invoice] = number;
        world.Payments[(Invoice, number)] = world.ServiceFor(Cast.Collector).Create(new Entity("spm_payment")
        {
            ["spm_name"] = Invoice + " payment " + number,
            ["spm_invoiceid"] = new EntityReference("invoice", world.Invoices[Invoice]),
            ["spm_amount"] = new Money(Amount),
            ["spm_paidon"] = SalesWorld.Day(PaidOn),
        });
    }

    public override string ToString() => $"Pay {Amount:0} on {Invoice}, day {PaidOn}";
}
