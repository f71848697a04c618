using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

public sealed record WinDeal(string Deal, decimal Revenue, int WonOn) : SalesEvent
{
    public override string Chain => Deal;

    public override int? Day => WonOn;

    public override SalesEvent OnDay(int day) => this with { WonOn = day };

    public override void Apply(SalesWorld world) => world.Service.Execute(new OrganizationRequest("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", world.Deals[Deal]),
            ["actualrevenue"] = new Money(Revenue),
            ["actualend"] = SalesWorld.Day(WonOn),
        },
        ["Status"] = new OptionSetValue(3),
    });

    public override string ToString() => $"Win {Deal} at {Revenue:0} on day {WonOn}";
}
