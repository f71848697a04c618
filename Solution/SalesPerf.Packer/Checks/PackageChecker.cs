using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Checks a solution zip as the importer would see it (docs/packaging.md "Checks"). By default only what an import
/// needs: a genuine Dataverse export passes. With <c>strict</c> also SalesPerf's house style (the export order and layout
/// its packer follows, bilingual labels, references only the source knows). Each failure names the component and the
/// fault; a broken zip entry is named first. This is what <c>spm check ZIP [--strict]</c> runs.
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
        new HierarchicalRelationshipCheck(),
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
        new RibbonCheck(),
        new ScheduledFlowCheck(),
    ];

    /// <param name="zip">The solution zip.</param>
    /// <param name="knownTables">
    /// The platform tables steps and views may name besides the package's own (normally the solution source: its
    /// SystemTables/ describe opportunity, salesorder, invoice …). Null: only the package's own tables are known.
    /// </param>
    /// <param name="strict">Also the house-style rules (<see cref="SolutionPackage.Strict"/>).</param>
    public static CheckReport Check(byte[] zip, SolutionMetadata? knownTables, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(zip);
        SolutionPackage package;
        try
        {
            package = SolutionPackage.Open(zip, knownTables, strict);
        }
        catch (System.IO.InvalidDataException exception)
        {
            var failure = ZipDamage.Locate(zip) is { } damage
                ? new CheckFailure(ZipLayoutCheck.RuleName, damage.Problem) { Entry = damage.Entry }
                : new CheckFailure(ZipLayoutCheck.RuleName, "not a zip file: " + exception.Message);
            return new CheckReport([failure], [ZipLayoutCheck.RuleName]) { Unreadable = true };
        }

        // Broken and unparsable entries first: everything after them may only be a consequence.
        var broken = package.BrokenEntries.Select(b => new CheckFailure(ZipLayoutCheck.RuleName, b.Problem) { Entry = b.Entry })
            .Concat(WellFormedEntries.Check(package));
        var failures = Checks.SelectMany(check => check.Check(package).Select(message => new CheckFailure(check.Rule, message)));
        return new CheckReport(broken.Concat(failures).ToList().AsReadOnly(), Checks.Select(c => c.Rule).ToList().AsReadOnly());
    }
}
