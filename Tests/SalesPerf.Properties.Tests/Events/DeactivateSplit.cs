using Microsoft.Xrm.Sdk;
using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>SetState to inactive on <see cref="User"/>'s latest split on the deal (nothing when there is none).</summary>
public sealed record DeactivateSplit(string Deal, string User) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world)
    {
        if (world.Splits.TryGetValue((Deal, User), out var split))
        {
            world.Service.Execute(new OrganizationRequest("SetState")
            {
                ["EntityMoniker"] = new EntityReference("spm_dealsplit", split),
                ["State"] = new OptionSetValue(1),
                ["Status"] = new OptionSetValue(2),
            });
        }
    }

    public override string ToString() => $"Deactivate split {Deal}: {User}";
}
