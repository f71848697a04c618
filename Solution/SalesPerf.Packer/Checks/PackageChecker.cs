using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Checks a solution zip as the importer and a real export would see it (docs/packaging.md "Checks"). Each failure
/// names the component and the fault. This is what <c>spm check ZIP</c> runs.
/// </summary>
public static class PackageChecker
{
    public static IReadOnlyList<IPackageCheck> Checks { get; } =
    [
        new ZipLayoutCheck(),
        new SchemaCheck(),
        new ElementOrderCheck(),
        new PluginAssemblyCheck(),
        new ColumnReferenceCheck(),
        new ViewCheck(),
        new RoleCheck(),
        new CustomApiCheck(),
        new WebResourceCheck(),
        new ChartCheck(),
        new DashboardCheck(),
        new SiteMapCheck(),
        new AppModuleCheck(),
        new FormCheck(),
        new FormSchemaCheck(),
    ];

    /// <param name="zip">The solution zip.</param>
    /// <param name="knownTables">
    /// The platform tables steps and views may name besides the package's own (normally the solution source: its
    /// SystemTables/ describe opportunity, salesorder, invoice …). Null: only the package's own tables are known.
    /// </param>
    public static CheckReport Check(byte[] zip, SolutionMetadata? knownTables)
    {
        ArgumentNullException.ThrowIfNull(zip);
        SolutionPackage package;
        try
        {
            package = SolutionPackage.Open(zip, knownTables);
        }
        catch (System.IO.InvalidDataException exception)
        {
            return new CheckReport([new CheckFailure("zip", "the file is not a readable zip: " + exception.Message)], ["zip"]);
        }

        var failures = Checks.SelectMany(check => check.Check(package).Select(message => new CheckFailure(check.Rule, message))).ToList();
        return new CheckReport(failures.AsReadOnly(), Checks.Select(c => c.Rule).ToList().AsReadOnly());
    }
}
