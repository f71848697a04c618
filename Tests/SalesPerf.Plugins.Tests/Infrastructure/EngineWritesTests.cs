using System;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Targets;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Infrastructure;

public sealed class EngineWritesTests
{
    [Fact]
    public void Begin_EngineContext_MarksItsChildrenUntilDisposed()
    {
        var engine = new FakePluginExecutionContext { Depth = 1 };
        var child = new FakePluginExecutionContext { Depth = 2, ParentContext = engine };

        bool during;
        using (EngineWrites.Begin(engine, typeof(TargetValidationPlugin)))
        {
            during = EngineWrites.IsEngineWrite(child);
        }

        Assert.True(during);
        Assert.False(EngineWrites.IsEngineWrite(child));
        Assert.False(engine.SharedVariables.ContainsKey(EngineWrites.SharedVariableKey));
    }

    [Fact]
    public void IsEngineWrite_MarkerOnTheContextItself_IsNotEnough()
    {
        var context = new FakePluginExecutionContext { Depth = 2 };
        context.SharedVariables[EngineWrites.SharedVariableKey] = typeof(TargetValidationPlugin).FullName;

        Assert.False(EngineWrites.IsEngineWrite(context));
    }

    [Fact]
    public void IsEngineWrite_TopLevelRequest_IsNever()
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables[EngineWrites.SharedVariableKey] = typeof(TargetValidationPlugin).FullName;
        var stage20 = new FakePluginExecutionContext { Depth = 1, ParentContext = parent };

        Assert.False(EngineWrites.IsEngineWrite(stage20));
    }

    [Fact]
    public void IsEngineWrite_CallerInjectedTag_IsNotAMarker()
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables["tag"] = typeof(TargetValidationPlugin).FullName;
        var child = new FakePluginExecutionContext { Depth = 2, ParentContext = parent };

        Assert.False(EngineWrites.IsEngineWrite(child));
    }

    [Fact]
    public void Begin_NullContext_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => EngineWrites.Begin(null!, typeof(TargetValidationPlugin)));
    }
}
