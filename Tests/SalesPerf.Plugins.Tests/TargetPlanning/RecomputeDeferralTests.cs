using System;
using SalesPerf.Plugins.TargetPlanning;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.TargetPlanning;

public sealed class RecomputeDeferralTests
{
    [Fact]
    public void IsDeferred_NestedWriteUnderTheMarkedFamily_IsTrueOnlyWhileTheScopeIsOpen()
    {
        var family = Guid.NewGuid();
        var api = new FakePluginExecutionContext { Depth = 1 };
        var nested = new FakePluginExecutionContext { Depth = 2, ParentContext = api };

        var scope = RecomputeDeferral.Begin(api, family);
        Assert.True(RecomputeDeferral.IsDeferred(nested, family));
        Assert.False(RecomputeDeferral.IsDeferred(nested, Guid.NewGuid()));
        scope.Dispose();

        Assert.False(RecomputeDeferral.IsDeferred(nested, family));
    }

    [Fact]
    public void IsDeferred_MarkOnlyOnTheOwnContext_IsFalse()
    {
        var family = Guid.NewGuid();
        var context = new FakePluginExecutionContext { Depth = 1 };

        using (RecomputeDeferral.Begin(context, family))
        {
            Assert.False(RecomputeDeferral.IsDeferred(context, family));
        }
    }
}
