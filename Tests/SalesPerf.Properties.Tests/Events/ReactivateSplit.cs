using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>An Update of <c>statecode</c> back to active on <see cref="User"/>'s latest split on the deal (nothing when there is none).</summary>
public sealed record ReactivateSplit(string Deal, string User) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world)
    {
        if (world.Splits.TryGetValue((Deal, User), out var split))
        {
            world.Service.Update(new Entity("spm_dealsplit", split) { ["statecode"] = new OptionSetValue(0), ["statuscode"] = new OptionSetValue(1) });
        }
    }

    public override string ToString() => $"Reactivate split {Deal}: {User}";
}
