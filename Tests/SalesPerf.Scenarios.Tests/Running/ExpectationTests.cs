using System;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests.Running;

/// <summary>expect and expectCalls: the file's own expected values; a mismatch is a step failure (exit 1).</summary>
public sealed class ExpectationTests
{
    [Fact]
    public void Expect_MatchingValues_Passes()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_target', 'key': 't1', 'values': { 'spm_targetvalue': 100000.00, 'ownerid': 'systemuser:alice', 'spm_periodid': 'spm_period[spm_code=FY2026-Q1]', 'statecode': 0 } }");

        Assert.True(run.Succeeded, run.Message);
        Assert.Equal(1, run.ExpectationsChecked);
    }

    [Fact]
    public void Expect_DifferentValue_FailsNamingColumnActualAndExpected()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_target', 'key': 't1', 'values': { 'spm_targetvalue': 5, 'spm_name': 'Alice Q1' } }");

        Assert.Equal(ScenarioExitCodes.StepFailed, run.ExitCode);
        Assert.Equal("step 4 (expect spm_target t1): spm_target:t1: spm_targetvalue is 100000, expected 5", run.Message);
    }

    [Fact]
    public void Expect_ValueOnDateOnlyColumn_ComparesTheDay()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_period', 'where': { 'spm_code': 'FY2026-Q1' }, 'values': { 'spm_enddate': '2026-03-31' } }");

        Assert.True(run.Succeeded, run.Message);
    }

    [Fact]
    public void Expect_MissingColumnExpectedNull_Passes()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_target', 'key': 't1', 'values': { 'spm_stretchvalue': null } }");

        Assert.True(run.Succeeded, run.Message);
    }

    [Fact]
    public void Expect_WhereOnDateOnlyColumn_FindsTheRow()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_period', 'where': { 'spm_startdate': '2026-01-01' }, 'values': { 'spm_code': 'FY2026-Q1' } }");

        Assert.True(run.Succeeded, run.Message);
    }

    [Fact]
    public void Expect_RowDeletedEarlier_FailsTheStepInsteadOfTheRun()
    {
        var run = Run(
            "{ 'op': 'delete', 'table': 'spm_target', 'key': 't1' }, "
            + "{ 'op': 'expect', 'table': 'spm_target', 'key': 't1', 'values': { 'spm_targetvalue': 1 } }");

        Assert.Equal(ScenarioExitCodes.StepFailed, run.ExitCode);
        Assert.Equal(5, run.FailedStep);
        Assert.NotNull(run.Result);
    }

    [Fact]
    public void Expect_WrongCount_Fails()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_target', 'where': { 'ownerid': 'systemuser:alice' }, 'count': 2 }");

        Assert.Equal(4, run.FailedStep);
        Assert.Contains("expected 2 row(s)", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expect_WhereMatchingNoRow_Fails()
    {
        var run = Run("{ 'op': 'expect', 'table': 'spm_target', 'where': { 'spm_name': 'Nobody' }, 'values': { 'spm_targetvalue': 1 } }");

        Assert.Equal(4, run.FailedStep);
        Assert.Contains("no spm_target where spm_name=Nobody exists", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectCalls_BelowTheMinimum_Fails()
    {
        var run = Run("{ 'op': 'expectCalls', 'plugin': 'TargetValidationPlugin', 'min': 1000000 }");

        Assert.Equal(4, run.FailedStep);
        Assert.Contains("TargetValidationPlugin made", run.Message, StringComparison.Ordinal);
        Assert.Contains("expected at least 1000000", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectCalls_WithinBounds_Passes()
    {
        var run = Run("{ 'op': 'expectCalls', 'min': 0, 'max': 1000 }");

        Assert.True(run.Succeeded, run.Message);
    }

    [Fact]
    public void LookupByColumn_NoMatchingRow_FailsTheStep()
    {
        var run = Run("{ 'op': 'update', 'table': 'spm_target', 'key': 't1', 'row': { 'spm_periodid': 'spm_period[spm_code=FY2030-Q1]' } }");

        Assert.Equal(4, run.FailedStep);
        Assert.Contains("spm_period[spm_code=FY2030-Q1] matches no row", run.Message, StringComparison.Ordinal);
    }

    private static ScenarioRun Run(string steps) => ScenarioRunner.RunJson(Json.Scenario(Json.TargetSetup + ", " + steps), TestSchema.Options);
}
