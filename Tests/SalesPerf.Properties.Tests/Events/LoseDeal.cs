using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

public sealed record LoseDeal(string Deal, int LostOn) : SalesEvent
{
    public override string Chain => Deal;

    public override int? Day => LostOn;

    public override SalesEvent OnDay(int day) => this with { LostOn = day };

    public override void Apply(SalesWorld world) => world.Service.Execute(new OrganizationRequest("LoseOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose")
        {
            ["opportunityid"] = new EntityReference("opportunity", world.Deals[Deal]),
            ["actualend"] = SalesWorld.Day(LostOn),
        },
        ["Status"] = new OptionSetValue(4),
    });

    public override string ToString() => $"Lose {Deal} on day {LostOn}";
}
