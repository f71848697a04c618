using SalesPerf.SdkConformance.Checks;
using Xunit.Abstractions;

namespace SalesPerf.Sdk.Tests.Support;

/// <summary>Prints a report to the test output and the summary file, then asserts it has no violations.</summary>
internal static class ReportAssert
{
    public static void PassesAndIsRecorded(CheckReport report, ITestOutputHelper output, string label)
    {
        output.WriteLine(report.Summary);
        foreach (var violation in report.Violations)
        {
            output.WriteLine("  " + violation);
        }

        SummaryFile.Write(label, $"{report.Checked} {report.CheckedWhat} checked, {report.Violations.Count} violations");
        Assert.True(report.Checked > 0, $"{report.Name}: nothing was checked");
        Assert.Empty(report.Violations);
    }
}
