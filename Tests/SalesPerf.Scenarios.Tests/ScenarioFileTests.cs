using System;
using System.IO;
using System.Linq;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Tests.Support;

namespace SalesPerf.Scenarios.Tests;

/// <summary>Every file under Scenarios/ runs to exit 0, and every expectation it carries is checked.</summary>
public sealed class ScenarioFileTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Scenarios");

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetFileName(file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ScenarioFile_Run_ExitsZeroWithEveryExpectationChecked(string file)
    {
        var run = ScenarioRunner.RunFile(Path.Combine(Folder, file), TestSchema.Options);

        Assert.True(run.Succeeded, run.Message);
        Assert.Equal(ScenarioExitCodes.Success, run.ExitCode);
        var expectations = run.Definition!.Steps.Count(s => s is ExpectStep or ExpectCallsStep or ExpectFaultStep);
        Assert.True(expectations > 0, $"{file} carries no expectation of its own");
        Assert.Equal(expectations, run.ExpectationsChecked);
    }

    [Fact]
    public void ScenarioFolder_Listing_HoldsThePlatformScenarios()
    {
        var files = Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).ToList();

        Assert.Contains("platform-opportunity-lifecycle.json", files);
        Assert.Contains("platform-target-validation.json", files);
        Assert.Contains("platform-execute-assign-setstate.json", files);
        Assert.Contains("platform-salesorder-close.json", files);
    }
}
