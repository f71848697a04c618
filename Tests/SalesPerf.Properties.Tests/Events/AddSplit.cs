using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>The deal's owner gives <see cref="User"/> a share of the deal.</summary>
public sealed record AddSplit(string Deal, string User, decimal Percent) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world)
    {
        var owner = Cast.OwnerOf(Deal);
        world.Splits[(Deal, User)] = world.ServiceFor(owner).Create(new Entity("spm_dealsplit")
        {
            ["spm_name"] = Deal + " " + User,
            ["spm_opportunityid"] = new EntityReference("opportunity", world.Deals[Deal]),
            ["spm_userid"] = new EntityReference("systemuser", world.UserId(User)),
            ["spm_splitpercent"] = Percent,
        });
    }

    public override string ToString() => $"Split {Deal}: {User} {Percent:0} %";
}
