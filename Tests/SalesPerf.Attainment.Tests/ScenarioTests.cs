using System;
using System.IO;
using SalesPerf.Scenarios;

namespace SalesPerf.Attainment.Tests;

/// <summary>The attainment scenarios run through <c>spm run</c>'s runner, every expectation holding.</summary>
public sealed class ScenarioTests
{
    [Theory]
    [InlineData("attainment-pace-win.json")] // pace 49,438.20, in-progress, win rate parts, call budget
    public void Scenario_RunByTheRunner_EveryExpectationHolds(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(AppContext.BaseDirectory, "Scenarios", file));

        Assert.True(run.Succeeded, run.Message);
        Assert.True(run.ExpectationsChecked >= 3);
    }
}
