using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>The share of <see cref="User"/>'s latest split on the deal changes (nothing when there is none).</summary>
public sealed record ChangeSplit(string Deal, string User, decimal Percent) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world)
    {
        if (world.Splits.TryGetValue((Deal, User), out var split))
        {
            world.Service.Update(new Entity("spm_dealsplit", split) { ["spm_splitpercent"] = Percent });
        }
    }

    public override string ToString() => $"Change split {Deal}: {User} to {Percent:0} %";
}
