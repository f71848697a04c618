using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// solution.xml lists what SalesPerf needs from Dynamics 365 Sales and the platform, derived from the source, in the
/// shape of a real export's MissingDependencies (Reference/solution-missingdependencies-managed.xml).
/// </summary>
public sealed class MissingDependenciesTests
{
    // The attribute order a real export writes on Required and Dependent.
    private static readonly string[] ExportAttributeOrder = ["type", "schemaName", "displayName", "parentSchemaName", "parentDisplayName", "solution", "id"];

    private static IReadOnlyList<XElement> Entries(byte[] zip) => Packages.Manifest(zip).Element("MissingDependencies")!.Elements("MissingDependency").ToList();

    private static IEnumerable<XElement> Required(string type, string schemaName) =>
        Entries(Packages.Managed).Where(d => (string?)d.Element("Required")!.Attribute("type") == type && (string?)d.Element("Required")!.Attribute("schemaName") == schemaName);

    [Fact]
    public void MissingDependencies_EveryPlatformTableOfTheSource_IsRequiredFromSystem()
    {
        var platformTables = Repository.Metadata.Tables.Where(t => !t.IsCustom).Select(t => t.LogicalName).ToList();

        Assert.Contains("opportunity", platformTables);
        foreach (var table in platformTables)
        {
            var required = Required("1", table).Select(d => d.Element("Required")!).ToList();
            Assert.True(required.Count > 0, table);
            Assert.All(required, r => Assert.Equal("System (5.0)", (string?)r.Attribute("solution")));
        }
    }

    [Theory]
    [InlineData("opportunity")]
    [InlineData("salesorder")]
    [InlineData("invoice")]
    public void MissingDependencies_ExtendedTable_IsRequiredByItsExtension(string table)
    {
        // The pair the real export writes for a platform table the solution carries (businessunit → businessunit).
        Assert.Contains(Required("1", table), d => (string?)d.Element("Dependent")!.Attribute("type") == "1" && (string?)d.Element("Dependent")!.Attribute("schemaName") == table);
    }

    [Fact]
    public void MissingDependencies_PackedStepOnAPlatformTable_RequiresItsTableAndThePlatformColumnsItFiltersOn()
    {
        var steps = SetupSteps.Packed(Repository.Input(managed: true).Steps)
            .Where(s => Repository.Metadata.TryGetTable(s.PrimaryEntity, out var t) && !t.IsCustom).ToList();

        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            var id = step.Id.ToString("B");
            Assert.Contains(Required("1", step.PrimaryEntity), d => (string?)d.Element("Dependent")!.Attribute("type") == "92" && (string?)d.Element("Dependent")!.Attribute("id") == id);
            foreach (var column in step.FilteringAttributes.Where(c => !c.StartsWith("spm_", StringComparison.Ordinal)))
            {
                Assert.Contains(Required("2", column), d => (string?)d.Element("Required")!.Attribute("parentSchemaName") == step.PrimaryEntity
                    && (string?)d.Element("Dependent")!.Attribute("id") == id);
            }
        }
    }

    [Fact]
    public void MissingDependencies_StepsRegisteredAtSetup_AreNoDependents()
    {
        var setupIds = SetupSteps.AtSetup(Repository.Input(managed: true).Steps).Select(s => s.Id.ToString("B")).ToHashSet();

        Assert.NotEmpty(setupIds);
        Assert.DoesNotContain(Entries(Packages.Managed), d => setupIds.Contains((string?)d.Element("Dependent")!.Attribute("id") ?? ""));
    }

    [Fact]
    public void MissingDependencies_AuditLookupOfACustomTable_RequiresSystemUser()
    {
        // solution-format 4.6: every custom table's CreatedBy lookup is the relationship lk_<table>_createdby to SystemUser.
        Assert.Contains(Required("1", "systemuser"), d => (string?)d.Element("Dependent")!.Attribute("type") == "10"
            && (string?)d.Element("Dependent")!.Attribute("schemaName") == "lk_spm_target_createdby");
    }

    [Fact]
    public void MissingDependencies_App_RequiresTheDefaultIconExactlyAsARealExportNamesIt()
    {
        var real = RealExports.ReferenceXml("solution-missingdependencies-managed.xml").Elements("MissingDependency")
            .Single(d => (string?)d.Element("Dependent")!.Attribute("type") == "80").Element("Required")!;

        var packed = Assert.Single(Entries(Packages.Managed), d => (string?)d.Element("Dependent")!.Attribute("type") == "80"
            && (string?)d.Element("Required")!.Attribute("type") == (string?)real.Attribute("type")).Element("Required")!;

        Assert.True(XNode.DeepEquals(real, packed), packed.ToString());
    }

    [Fact]
    public void MissingDependencies_EveryEntry_UsesTheRealExportsAttributesInItsOrder()
    {
        var entries = Entries(Packages.Managed);

        Assert.NotEmpty(entries);
        foreach (var side in entries.SelectMany(d => d.Elements()))
        {
            var names = side.Attributes().Select(a => a.Name.LocalName).ToList();
            Assert.All(names, n => Assert.Contains(n, ExportAttributeOrder));
            Assert.Equal(names.OrderBy(n => Array.IndexOf(ExportAttributeOrder, n)), names);
            Assert.Equal(side.Name.LocalName == "Required", side.Attribute("solution") is not null);
        }

        Assert.Equal(entries.Count, entries.Select(e => e.ToString()).Distinct().Count());
    }

    [Fact]
    public void MissingDependencies_ChartAndDashboardTileOnAPlatformTable_RequireTheTableAndTheChartsColumns()
    {
        // No chart of the source is on a platform table today; one on opportunity must name what it aggregates.
        var chart = new ChartDefinition
        {
            Id = new Guid("3c1e2a90-6b7d-4e8f-9a01-b2c3d4e5f601"),
            Table = "opportunity",
            Name = new SalesPerf.SolutionModel.Tables.Label("Pipeline by Close Date", "按预计结单日期的管道"),
            ChartType = "Column",
            GroupBy = "estimatedclosedate",
            Aggregate = "sum",
            Measure = "estimatedvalue",
        };
        var dashboard = new DashboardDefinition
        {
            Id = new Guid("3c1e2a90-6b7d-4e8f-9a01-b2c3d4e5f602"),
            Name = new SalesPerf.SolutionModel.Tables.Label("Pipeline", "管道"),
            Tiles = [new DashboardTile { Label = new SalesPerf.SolutionModel.Tables.Label("Pipeline", "管道"), Table = "opportunity", Chart = chart.Id }],
        };
        var input = Repository.Input(managed: true) with { Charts = [chart], Dashboards = [dashboard] };

        var dependencies = Dependencies.MissingDependencies.Of(new Writers.PackContext(input));

        bool Has(int type, string schemaName, int dependentType, Guid id) => dependencies.Any(d =>
            d.Required.Type == type && d.Required.SchemaName == schemaName && d.Dependent.Type == dependentType && d.Dependent.Id == id);
        Assert.True(Has(1, "opportunity", 59, chart.Id));
        Assert.True(Has(2, "estimatedclosedate", 59, chart.Id));
        Assert.True(Has(2, "estimatedvalue", 59, chart.Id));
        Assert.True(Has(1, "opportunity", 60, dashboard.Id));
    }

    [Fact]
    public void MissingDependencies_NoSalesPerfComponent_IsEverRequired()
    {
        Assert.DoesNotContain(Entries(Packages.Managed), d => ((string?)d.Element("Required")!.Attribute("schemaName") ?? "").StartsWith("spm_", StringComparison.Ordinal));
    }
}
