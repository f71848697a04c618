using System;
using System.IO;
using System.Linq;
using SalesPerf.Cli.Commands;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// <c>spm check</c> judges importability: zips made of genuine Dataverse exports (Reference/, sources in its README)
/// pass it, with and without the solution source's platform tables; the house-style rules only run with --strict.
/// </summary>
public sealed class RealExportCheckTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("spm-real-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Exports => new() { nameof(RealExports.ApolloManaged), nameof(RealExports.PluginSteps), nameof(RealExports.CustomApi) };

    private static byte[] Export(string name) => name switch
    {
        nameof(RealExports.ApolloManaged) => RealExports.ApolloManaged(),
        nameof(RealExports.PluginSteps) => RealExports.PluginSteps(),
        _ => RealExports.CustomApi(),
    };

    [Theory]
    [MemberData(nameof(Exports))]
    public void Check_GenuineExport_ReportsNoFailure(string export)
    {
        var report = PackageChecker.Check(Export(export), knownTables: null);

        Assert.True(report.Passed, report.ToString());
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Check_GenuineExportWithTheSourcesPlatformTables_ReportsNoFailure(string export)
    {
        var report = PackageChecker.Check(Export(export), Repository.Metadata);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void CheckCommand_GenuineExport_ExitsZero()
    {
        var path = Path.Combine(folder, "ApolloHospitalProject_1_0_0_3_managed.zip");
        File.WriteAllBytes(path, RealExports.ApolloManaged());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CheckCommand.Run(path, Repository.Metadata, output, error);

        Assert.Equal(CheckCommand.Passed, exitCode);
        Assert.Equal("ApolloHospitalProject_1_0_0_3_managed.zip: all importability checks passed." + Environment.NewLine, output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Check_Strict_HoldsAn82ExportToSalesPerfsExportOrder()
    {
        // Celedon's 8.2 steps write PluginTypeName first and SdkMessageId after Rank: importable, but not our house order.
        var strict = PackageChecker.Check(RealExports.PluginSteps(), Repository.Metadata, strict: true);

        Assert.Contains(strict.Failures, f => f.Rule == "order" && f.Message.Contains("Celedon.CreateAutoNumber: Create of cel_autonumber", StringComparison.Ordinal));
        Assert.True(PackageChecker.Check(RealExports.PluginSteps(), Repository.Metadata).Passed);
    }

    [Fact]
    public void Check_Strict_HoldsTheRealCustomApiToThePackagesOwnPluginTypes()
    {
        var strict = PackageChecker.Check(RealExports.CustomApi(), Repository.Metadata, strict: true);

        Assert.Contains(strict.Failures, f => f.Rule == "custom APIs"
            && f.Message == "custom API driv_GetTableInfo runs the plug-in type 6d8b95d3-44de-4885-98d1-e6c51f8b80ed, which the solution's plug-in assembly does not list.");
    }
}
