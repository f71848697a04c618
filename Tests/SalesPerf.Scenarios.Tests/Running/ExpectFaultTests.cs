using System;
using System.Linq;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Running;

/// <summary>expectFault: the inner step must fault with the text and leave every row as it was.</summary>
public sealed class ExpectFaultTests
{
    [Fact]
    public void ExpectFault_InnerStepFaultsAndChangesNothing_Passes()
    {
        var run = Run("{ 'op': 'expectFault', 'contains': 'NEGATIVE', 'step': { 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_targetvalue': -5 } } }");

        Assert.True(run.Succeeded, run.Message);
        var fault = Assert.Single(run.Result!["faults"]!.AsArray());
        Assert.Equal(4, fault!["step"]!.GetValue<int>());
        Assert.Contains("negative", fault["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(100000m, run.Result["tables"]!["spm_target"]![0]!["spm_targetvalue"]!.GetValue<decimal>());
    }

    [Fact]
    public void ExpectFault_InnerStepSucceeds_FailsTheStep()
    {
        var run = Run("{ 'op': 'expectFault', 'contains': 'negative', 'step': { 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_targetvalue': 5 } } }");

        Assert.Equal(ScenarioExitCodes.StepFailed, run.ExitCode);
        Assert.Equal(4, run.FailedStep);
        Assert.StartsWith("step 4 (expectFault", run.Message, StringComparison.Ordinal);
        Assert.Contains("succeeded", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectFault_MessageWithoutTheText_FailsTheStep()
    {
        var run = Run("{ 'op': 'expectFault', 'contains': 'overlap', 'step': { 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_targetvalue': -5 } } }");

        Assert.Equal(ScenarioExitCodes.StepFailed, run.ExitCode);
        Assert.Contains("does not contain \"overlap\"", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectFault_CreateThatFaults_DeclaresNoRowForItsKey()
    {
        var run = Run(
            "{ 'op': 'expectFault', 'contains': 'negative', 'step': { 'op': 'create', 'table': 'spm_target', 'key': 't2', 'row': { 'spm_name': 'Bad', 'spm_kpiid': 'spm_kpi:revenue', 'spm_periodid': 'spm_period:q1', 'spm_targetvalue': -1, 'spm_rollupsource': 100000000 } } }, "
            + "{ 'op': 'update', 'table': 'spm_target', 'key': 't2', 'row': { 'spm_targetvalue': 1 } }");

        Assert.Equal(5, run.FailedStep);
        Assert.Contains("the key 't2' names no row yet", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_UnexpectedFault_ExitsOneNamingStepAndFault()
    {
        var run = Run("{ 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_targetvalue': -5 } }");

        Assert.Equal(ScenarioExitCodes.StepFailed, run.ExitCode);
        Assert.StartsWith("step 4 (update spm_target t1): faulted: ", run.Message, StringComparison.Ordinal);
        Assert.Contains("negative", run.Message, StringComparison.Ordinal);
        Assert.Equal(4, run.Result!["failure"]!["step"]!.GetValue<int>());
        Assert.Equal(3, run.Result["steps"]!.GetValue<int>());
    }

    private static ScenarioRun Run(string steps) => ScenarioRunner.RunJson(Json.Scenario(Json.TargetSetup + ", " + steps), TestSchema.Options);
}
