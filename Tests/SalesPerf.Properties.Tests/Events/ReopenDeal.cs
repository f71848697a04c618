using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

public sealed record ReopenDeal(string Deal) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world) => world.Service.Execute(new OrganizationRequest("SetState")
    {
        ["EntityMoniker"] = new EntityReference("opportunity", world.Deals[Deal]),
        ["State"] = new OptionSetValue(0),
        ["Status"] = new OptionSetValue(1),
    });

    public override string ToString() => $"Reopen {Deal}";
}
