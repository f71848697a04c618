using System;
using System.Linq;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Infrastructure;

/// <summary>
/// The one type for context marks. Engine writes keep their security property: Depth &gt; 1 and a mark whose value is
/// a SalesPerf plug-in type name, found only through ParentContext, so a caller cannot forge one.
/// </summary>
public sealed class ContextMarksTests
{
    [Fact]
    public void BeginEngineWrites_EngineContext_MarksItsChildrenUntilDisposed()
    {
        var engine = new FakePluginExecutionContext { Depth = 1 };
        var child = new FakePluginExecutionContext { Depth = 2, ParentContext = engine };

        bool during;
        using (ContextMarks.BeginEngineWrites(engine, typeof(TargetValidationPlugin)))
        {
            during = ContextMarks.IsEngineWrite(child);
        }

        Assert.True(during);
        Assert.False(ContextMarks.IsEngineWrite(child));
        Assert.False(engine.SharedVariables.ContainsKey(ContextMarks.EngineWrite));
    }

    [Fact]
    public void IsEngineWrite_MarkOnTheContextItself_IsNotEnough()
    {
        var context = new FakePluginExecutionContext { Depth = 2 };
        context.SharedVariables[ContextMarks.EngineWrite] = typeof(TargetValidationPlugin).FullName;

        Assert.False(ContextMarks.IsEngineWrite(context));
    }

    [Fact]
    public void IsEngineWrite_TopLevelRequest_IsNever()
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables[ContextMarks.EngineWrite] = typeof(TargetValidationPlugin).FullName;
        var stage20 = new FakePluginExecutionContext { Depth = 1, ParentContext = parent };

        Assert.False(ContextMarks.IsEngineWrite(stage20));
    }

    [Fact]
    public void IsEngineWrite_CallerInjectedTag_IsNotAMark()
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables["tag"] = typeof(TargetValidationPlugin).FullName;
        var child = new FakePluginExecutionContext { Depth = 2, ParentContext = parent };

        Assert.False(ContextMarks.IsEngineWrite(child));
    }

    [Theory]
    [InlineData("System.String")] // a type, but not a SalesPerf plug-in
    [InlineData("SalesPerf.Plugins.Attainment.AttainmentRun")] // a SalesPerf type, but no plug-in
    [InlineData("true")]
    public void IsEngineWrite_MarkValueNotASalesPerfPluginType_IsNotAnEngineWrite(string value)
    {
        var parent = new FakePluginExecutionContext { Depth = 1 };
        parent.SharedVariables[ContextMarks.EngineWrite] = value;
        var child = new FakePluginExecutionContext { Depth = 2, ParentContext = parent };

        Assert.False(ContextMarks.IsEngineWrite(child));
    }

    [Fact]
    public void BeginEngineWrites_NullContext_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ContextMarks.BeginEngineWrites(null!, typeof(TargetValidationPlugin)));
    }

    [Fact]
    public void IsRecomputeDeferred_NestedWriteUnderTheMarkedFamily_IsTrueOnlyWhileTheScopeIsOpen()
    {
        var family = Guid.NewGuid();
        var api = new FakePluginExecutionContext { Depth = 1 };
        var nested = new FakePluginExecutionContext { Depth = 2, ParentContext = api };

        var scope = ContextMarks.DeferRecompute(api, family);
        Assert.True(ContextMarks.IsRecomputeDeferred(nested, family));
        Assert.False(ContextMarks.IsRecomputeDeferred(nested, Guid.NewGuid()));
        scope.Dispose();

        Assert.False(ContextMarks.IsRecomputeDeferred(nested, family));
    }

    [Fact]
    public void IsRecomputeDeferred_MarkOnlyOnTheOwnContext_IsFalse()
    {
        var family = Guid.NewGuid();
        var context = new FakePluginExecutionContext { Depth = 1 };

        using (ContextMarks.DeferRecompute(context, family))
        {
            Assert.False(ContextMarks.IsRecomputeDeferred(context, family));
        }
    }

    [Fact]
    public void Once_SameKeyTwiceInOneExecution_TrueOnlyTheFirstTime()
    {
        var context = new FakePluginExecutionContext();

        Assert.True(ContextMarks.Once(context, "opportunity|1"));
        Assert.False(ContextMarks.Once(context, "opportunity|1"));
        Assert.True(ContextMarks.Once(context, "opportunity|2"));
        Assert.True(ContextMarks.Once(new FakePluginExecutionContext(), "opportunity|1"));
    }

    [Fact]
    public void EnterStep_SameStepAndRowFurtherDown_IsAReentry()
    {
        var step = PluginCatalog.ReadSteps(typeof(OpportunityAttainmentPlugin)).Single(s => s.Message == MessageNames.Update);
        var row = Guid.NewGuid();
        var outer = new FakePluginExecutionContext { MessageName = MessageNames.Update, Stage = 40, PrimaryEntityId = row };
        var inner = new FakePluginExecutionContext { MessageName = MessageNames.Update, Stage = 40, PrimaryEntityId = row, Depth = 2, ParentContext = outer };
        var otherRow = new FakePluginExecutionContext { MessageName = MessageNames.Update, Stage = 40, PrimaryEntityId = Guid.NewGuid(), Depth = 2, ParentContext = outer };

        Assert.False(ContextMarks.EnterStep(outer, step));
        Assert.True(ContextMarks.EnterStep(inner, step));
        Assert.False(ContextMarks.EnterStep(otherRow, step));
    }
}
