using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
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

        var packed = Assert.Single(Entries(Packages.Managed), d => (string?)d.Element("Dependent")!.Attribute("type") == "80").Element("Required")!;

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
    public void MissingDependencies_NoSalesPerfComponent_IsEverRequired()
    {
        Assert.DoesNotContain(Entries(Packages.Managed), d => ((string?)d.Element("Required")!.Attribute("schemaName") ?? "").StartsWith("spm_", StringComparison.Ordinal));
    }
}
