using SalesPerf.Sdk.Tests.Support;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Surface;
using Xunit.Abstractions;

namespace SalesPerf.Sdk.Tests.Conformance;

/// <summary>(a) and (d): the project's stand-in is a subset of the real Microsoft.Xrm.Sdk 9.0.2.56 and carries its identity.</summary>
public sealed class StandInConformanceTests(ITestOutputHelper output)
{
    private static readonly ApiListing Listing = ApiListing.LoadEmbedded();

    [Fact]
    public void StandIn_Net462Build_IsASubsetOfTheRealListing()
    {
        var report = StandInConformance.Check(TestPaths.Built(TestPaths.StandInNet462), Listing, "stand-in (net462)");

        ReportAssert.PassesAndIsRecorded(report, output, "stand-in net462 vs real listing");
    }

    [Fact]
    public void StandIn_Net10Build_IsASubsetOfTheRealListing()
    {
        var report = StandInConformance.Check(TestPaths.Built(TestPaths.StandInNet10), Listing, "stand-in (net10.0)");

        ReportAssert.PassesAndIsRecorded(report, output, "stand-in net10.0 vs real listing");
    }

    [Fact]
    public void StandIn_Net462Build_HasTheRealIdentity()
    {
        var report = IdentityChecker.Check(SurfaceReader.Read(TestPaths.Built(TestPaths.StandInNet462)).Identity, Listing, "stand-in (net462)");

        ReportAssert.PassesAndIsRecorded(report, output, "stand-in net462 identity");
    }

    [Fact]
    public void StandIn_Net10Build_HasTheRealIdentity()
    {
        var report = IdentityChecker.Check(SurfaceReader.Read(TestPaths.Built(TestPaths.StandInNet10)).Identity, Listing, "stand-in (net10.0)");

        ReportAssert.PassesAndIsRecorded(report, output, "stand-in net10.0 identity");
    }
}
