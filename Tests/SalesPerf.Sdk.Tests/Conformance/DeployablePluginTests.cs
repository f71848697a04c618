using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;
using Xunit.Abstractions;

namespace SalesPerf.Sdk.Tests.Conformance;

/// <summary>(b) and (c): the deployable net462 SalesPerf.Plugins.dll uses only the real SDK's API and meets Dataverse's registration rules.</summary>
public sealed class DeployablePluginTests(ITestOutputHelper output)
{
    [Fact]
    public void PluginAssembly_ReferencesIntoSdk_AllExistInTheRealListing()
    {
        var report = PluginReferenceChecker.Check(TestPaths.Built(TestPaths.DeployablePlugin), ApiListing.LoadEmbedded());

        ReportAssert.PassesAndIsRecorded(report, output, "plugin references into Microsoft.Xrm.Sdk");
    }

    [Fact]
    public void PluginAssembly_Net462Build_IsDeployable()
    {
        var report = DeployabilityChecker.Check(TestPaths.Built(TestPaths.DeployablePlugin));
        output.WriteLine($"{report.PluginTypes} IPlugin classes, {report.AssemblyReferences} assembly references");

        ReportAssert.PassesAndIsRecorded(report.ToCheckReport(), output, "deployability of SalesPerf.Plugins (net462)");
        Assert.True(report.PluginTypes > 0, "SalesPerf.Plugins has no IPlugin class");
    }
}
