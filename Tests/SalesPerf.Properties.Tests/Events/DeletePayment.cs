using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>Deletes the numbered payment (nothing when it does not exist).</summary>
public sealed record DeletePayment(string Invoice, int Number) : SalesEvent
{
    public override string Chain => Invoice;

    public override void Apply(SalesWorld world)
    {
        if (world.Payments.TryGetValue((Invoice, Number), out var payment))
        {
            world.ServiceFor(Cast.Collector).Delete("spm_payment", payment);
            world.Payments.Remove((Invoice, Number));
        }
    }

    public override string ToString() => $"Delete {Invoice} payment {Number}";
}
