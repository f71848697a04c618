using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>A full refund by deactivating the numbered payment (nothing when it does not exist).</summary>
public sealed record DeactivatePayment(string Invoice, int Number) : SalesEvent
{
    public override string Chain => Invoice;

    public override void Apply(SalesWorld world)
    {
        if (world.Payments.TryGetValue((Invoice, Number), out var payment))
        {
            world.ServiceFor(Cast.Collector).Execute(new OrganizationRequest("SetState")
            {
                ["EntityMoniker"] = new EntityReference("spm_payment", payment),
                ["State"] = new OptionSetValue(1),
                ["Status"] = new OptionSetValue(2),
            });
        }
    }

    public override string ToString() => $"Deactivate {Invoice} payment {Number}";
}
