using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class PackageCheckTests
{
    [Fact]
    public void Check_ManagedZipFromRealSource_Passes()
    {
        var report = PackageChecker.Check(Packages.Managed, Repository.Metadata);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Check_UnmanagedZipFromRealSource_Passes()
    {
        var report = PackageChecker.Check(Packages.Unmanaged, Repository.Metadata);

        Assert.True(report.Passed, report.ToString());
    }
}
