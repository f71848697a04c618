using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class PackageCheckTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void Check_ZipFromRealSource_PassesImportabilityAndHouseStyle(bool managed, bool strict)
    {
        var report = PackageChecker.Check(managed ? Packages.Managed : Packages.Unmanaged, Repository.Metadata, strict);

        Assert.True(report.Passed, report.ToString());
    }
}
