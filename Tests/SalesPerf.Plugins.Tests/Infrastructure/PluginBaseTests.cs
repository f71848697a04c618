using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Tests.Doubles;
using SalesPerf.Plugins.Tests.Samples;

namespace SalesPerf.Plugins.Tests.Infrastructure;

public sealed class PluginBaseTests
{
    private static readonly Guid AccountId = Guid.Parse("0e4a0a4e-8f7c-4a5e-b3c4-51f1b7b1c001");

    [Fact]
    public void Execute_MatchingStep_TracesEntryAndExitWithCorrelationId()
    {
        var call = Sample(AccountId);

        call.Execute(new SamplePostUpdatePlugin());

        var correlation = call.Context.CorrelationId.ToString("D");
        Assert.Equal(3, call.Tracing.Lines.Count);
        Assert.Matches(@"^\[\+\d+ms\] Entered SalesPerf\.Plugins\.Tests\.Samples\.SamplePostUpdatePlugin: Update of account .*depth 1, correlation " + correlation, call.Tracing.Lines[0]);
        Assert.EndsWith(SamplePostUpdatePlugin.RanTrace, call.Tracing.Lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^\[\+\d+ms\] Exited SalesPerf\.Plugins\.Tests\.Samples\.SamplePostUpdatePlugin after \d+ ms, correlation " + correlation, call.Tracing.Lines[2]);
    }

    [Fact]
    public void Execute_BusinessRuleException_PassesThroughUnchanged()
    {
        var expected = new InvalidPluginExecutionException("[SPM-TGT-001] stop");
        var call = Sample(AccountId);
        call.Context.InputParameters[SamplePostUpdatePlugin.ThrowParameter] = expected;

        var actual = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new SamplePostUpdatePlugin()));

        Assert.Same(expected, actual);
        Assert.Contains(call.Tracing.Lines, line => line.EndsWith("Business rule stopped the operation: [SPM-TGT-001] stop", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_UnexpectedException_ReachesTheUserAsFailureNamingStepRecordAndCorrelation()
    {
        var call = Sample(AccountId);
        call.Context.InputParameters[SamplePostUpdatePlugin.ThrowParameter] = new InvalidOperationException("bug in the engine");

        var actual = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new SamplePostUpdatePlugin()));

        Assert.Equal(OperationStatus.Failed, actual.Status);
        Assert.StartsWith("[SPM-SYS-001] SalesPerf could not complete '", actual.Message, StringComparison.Ordinal);
        Assert.Contains("'Contoso' (account)", actual.Message, StringComparison.Ordinal);
        Assert.Contains(call.Context.CorrelationId.ToString("D"), actual.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bug in the engine", actual.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", actual.Message, StringComparison.Ordinal);
        Assert.Contains(call.Tracing.Lines, line => line.EndsWith("Unexpected System.InvalidOperationException: bug in the engine", StringComparison.Ordinal));
        Assert.Contains(call.Tracing.Lines, line => line.Contains("System.InvalidOperationException: bug in the engine", StringComparison.Ordinal) && line.Contains(" at ", StringComparison.Ordinal));
        Assert.Contains(call.Tracing.Lines, line => line.Contains("Exited ", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_UnexpectedExceptionForChineseUser_MessageInChinese()
    {
        var call = Sample(AccountId).WithUserLanguage(2052);
        call.Context.InputParameters[SamplePostUpdatePlugin.ThrowParameter] = new InvalidOperationException("bug");

        var actual = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new SamplePostUpdatePlugin()));

        Assert.StartsWith("[SPM-SYS-001] SalesPerf 在处理 'Contoso' (account) 的“", actual.Message, StringComparison.Ordinal);
        Assert.Contains("关联 ID " + call.Context.CorrelationId.ToString("D"), actual.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bug", actual.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnexpectedExceptionOnUnnamedRow_NamesTheTable()
    {
        var call = StepContextBuilder.For<SamplePostUpdatePlugin>(MessageNames.Update)
            .WithTarget(new Entity("account", AccountId) { ["telephone1"] = "1" })
            .WithStoredRow(new Entity("account", AccountId));
        call.Context.InputParameters[SamplePostUpdatePlugin.ThrowParameter] = new InvalidOperationException("bug");

        var actual = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new SamplePostUpdatePlugin()));

        Assert.Contains(" for account because", actual.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ReenteredForTheSameRecord_SkipsTheStep()
    {
        var outer = Sample(AccountId);
        outer.Execute(new SamplePostUpdatePlugin());
        var nested = Sample(AccountId).CalledFrom(outer.Context);

        nested.Execute(new SamplePostUpdatePlugin());

        Assert.DoesNotContain(nested.Tracing.Lines, line => line.EndsWith(SamplePostUpdatePlugin.RanTrace, StringComparison.Ordinal));
        Assert.Contains(nested.Tracing.Lines, line => line.Contains("Re-entered for the same record", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_ReenteredTwoLevelsDown_SkipsTheStep()
    {
        var outer = Sample(AccountId);
        outer.Execute(new SamplePostUpdatePlugin());
        var between = new FakePluginExecutionContext { Depth = 2, ParentContext = outer.Context };
        var nested = Sample(AccountId).CalledFrom(between);

        nested.Execute(new SamplePostUpdatePlugin());

        Assert.DoesNotContain(nested.Tracing.Lines, line => line.EndsWith(SamplePostUpdatePlugin.RanTrace, StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_NestedCallForAnotherRecord_RunsTheStep()
    {
        var outer = Sample(AccountId);
        outer.Execute(new SamplePostUpdatePlugin());
        var nested = Sample(Guid.NewGuid()).CalledFrom(outer.Context);

        nested.Execute(new SamplePostUpdatePlugin());

        Assert.Contains(nested.Tracing.Lines, line => line.EndsWith(SamplePostUpdatePlugin.RanTrace, StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_PostImageMissing_ThrowsNamingTheImage()
    {
        var call = Sample(AccountId);
        call.Context.PostEntityImages.Remove(SamplePostUpdatePlugin.ImageName);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new SamplePostUpdatePlugin()));

        Assert.StartsWith("[SPM-SYS-001] ", error.Message, StringComparison.Ordinal);
        Assert.Contains(call.Tracing.Lines, line => line.Contains("declares the post-image 'Snapshot'", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_AsynchronousCallOfSynchronousStep_DoesNothing()
    {
        var call = Sample(AccountId);
        call.Context.Mode = (int)ExecutionMode.Asynchronous;

        call.Execute(new SamplePostUpdatePlugin());

        Assert.Single(call.Tracing.Lines);
        Assert.Empty(call.Services.Services);
    }

    [Fact]
    public void Execute_OtherTable_DoesNothing()
    {
        var call = Sample(AccountId);
        call.Context.PrimaryEntityName = "contact";

        call.Execute(new SamplePostUpdatePlugin());

        Assert.DoesNotContain(call.Tracing.Lines, line => line.EndsWith(SamplePostUpdatePlugin.RanTrace, StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_CustomApiMainOperation_Dispatches()
    {
        var context = new FakePluginExecutionContext
        {
            MessageName = SampleEchoApi.UniqueName,
            PrimaryEntityName = PluginCatalog.AnyEntity,
            Stage = (int)PipelineStage.MainOperation,
        };
        context.InputParameters["Text"] = "hello";

        new SampleEchoApi().Execute(new FakeServiceProvider(context, new FakeTracingService(), new FakeOrganizationServiceFactory()));

        Assert.Equal("hello", context.OutputParameters["Echo"]);
    }

    [Fact]
    public void Execute_NullServiceProvider_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new SamplePostUpdatePlugin().Execute(null!));
    }

    private static StepContextBuilder Sample(Guid accountId) =>
        StepContextBuilder.For<SamplePostUpdatePlugin>(MessageNames.Update)
            .WithTarget(new Entity("account", accountId) { ["name"] = "Contoso" })
            .WithStoredRow(new Entity("account", accountId) { ["name"] = "Contoso" });
}
