using System.Linq;
using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Suite;
using Xunit.Abstractions;

namespace SalesPerf.Sdk.Tests.Conformance;

/// <summary>The entry point the <c>spm</c> CLI calls runs every check on the built repository.</summary>
public sealed class SdkConformanceSuiteTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_BuiltRepository_ReportsEveryCheckWithoutViolations()
    {
        var reports = SdkConformanceSuite.Run(TestPaths.RepoRoot, TestPaths.Configuration);
        foreach (var line in SdkConformanceSuite.Describe(reports))
        {
            output.WriteLine(line);
        }

        Assert.Equal(
            [
                "stand-in (net462) conformance", "stand-in (net462) identity", "stand-in (net10.0) conformance", "stand-in (net10.0) identity",
                "plugin references into Microsoft.Xrm.Sdk", "deployability",
            ],
            reports.Select(r => r.Name));
        Assert.All(reports, r => Assert.Empty(r.Violations));
    }
}
