using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>
/// Money given back: the payment's amount is set to <see cref="Amount"/> (the project records a refund by reducing the
/// payment, docs/domain-rules.md "Payments"); nothing when the numbered payment does not exist.
/// </summary>
public sealed record RefundPayment(string Invoice, int Number, decimal Amount) : SalesEvent
{
    public override string Chain => Invoice;

    public override void Apply(SalesWorld world)
    {
        if (world.Payments.TryGetValue((Invoice, Number), out var payment))
        {
            world.ServiceFor(Cast.Collector).Update(new Entity("spm_payment", payment) { ["spm_amount"] = new Money(Amount) });
        }
    }

    public override string ToString() => $"Set {Invoice} payment {Number} to {Amount:0}";
}
