using System;
using System.IO;
using System.Linq;
using SalesPerf.Scenarios;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Commission.Tests;

/// <summary>Every commission-*.json scenario (Tests/SalesPerf.Scenarios.Tests/Scenarios) runs to exit 0 with each expectation checked.</summary>
public sealed class CommissionScenarioTests
{
    private static readonly Lazy<ScenarioSchema> Schema = new(() => ScenarioSchema.FromRepository(AppContext.BaseDirectory));

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "commission-*.json").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CommissionScenario_Run_ExitsZeroWithEveryExpectationChecked(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(Folder, file), new ScenarioRunOptions { Schema = Schema.Value });

        Assert.True(run.Succeeded, run.Message);
        var expectations = run.Definition!.Steps.Count(s => s is ExpectStep or ExpectCallsStep or ExpectFaultStep);
        Assert.True(expectations > 0);
        Assert.Equal(expectations, run.ExpectationsChecked);
    }

    [Fact]
    public void CommissionScenarios_Folder_HoldsEveryWorkedExample()
    {
        var files = Directory.GetFiles(Folder, "commission-*.json").Select(Path.GetFileName).ToList();

        Assert.Equal(9, files.Count);
    }
}
