using SalesPerf.Properties.Tests.Support;

namespace SalesPerf.Properties.Tests.Events;

/// <summary>Deletes <see cref="User"/>'s latest split on the deal (nothing when there is none or it is gone).</summary>
public sealed record DeleteSplit(string Deal, string User) : SalesEvent
{
    public override string Chain => Deal;

    public override void Apply(SalesWorld world)
    {
        if (world.Splits.TryGetValue((Deal, User), out var split))
        {
            world.Service.Delete("spm_dealsplit", split);
            world.Splits.Remove((Deal, User));
        }
    }

    public override string ToString() => $"Delete split {Deal}: {User}";
}
