using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>
/// The objective's parent lookup is the table's hierarchical relationship (IsHierarchical 1, the alignment tree);
/// every other relationship is packed with 0; and the check refuses a hierarchical relationship that is not
/// self-referential, or a second one on the same table.
/// </summary>
public sealed class HierarchicalRelationshipTests
{
    private const string Parent = "spm_objective_parentobjectiveid_spm_objective";

    private static XElement Relationships(XElement root) => root.Element("EntityRelationships")!;

    [Fact]
    public void Pack_ObjectiveParent_IsTheOnlyHierarchicalRelationship()
    {
        var relationships = Relationships(Packages.Customizations(Packages.Managed)).Elements().ToList();

        var hierarchical = relationships.Where(r => r.Element("IsHierarchical")!.Value == "1").Select(r => (string)r.Attribute("Name")!).ToArray();

        Assert.Equal(new[] { Parent }, hierarchical);
        Assert.All(relationships, r => Assert.Contains(r.Element("IsHierarchical")!.Value, new[] { "0", "1" }));
        var parent = relationships.Single(r => (string)r.Attribute("Name")! == Parent);
        Assert.Equal("spm_objective", parent.Element("ReferencingEntityName")!.Value);
        Assert.Equal("spm_objective", parent.Element("ReferencedEntityName")!.Value);
    }

    [Fact]
    public void Check_PackedSolution_PassesTheHierarchyRule()
    {
        var report = PackageChecker.Check(Packages.Managed, Repository.Metadata, strict: true);

        Assert.DoesNotContain(report.Failures, f => f.Rule == HierarchicalRelationshipCheck.RuleName);
        Assert.Contains(HierarchicalRelationshipCheck.RuleName, report.CheckedRules);
    }

    [Fact]
    public void Check_HierarchicalRelationshipToAnotherTable_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
            Relationships(root).Elements().Single(r => (string)r.Attribute("Name")! == "spm_target_kpiid_spm_kpi").Element("IsHierarchical")!.Value = "1");

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: false);

        Assert.Contains(
            new CheckFailure(HierarchicalRelationshipCheck.RuleName,
                "relationship spm_target_kpiid_spm_kpi is hierarchical but relates spm_target to spm_kpi; only a self-referential 1:N relationship (a table to itself) can be hierarchical."),
            report.Failures);
    }

    [Fact]
    public void Check_SecondHierarchicalRelationshipOnTheTable_Fails()
    {
        var broken = Packages.WithCustomizations(Packages.Managed, root =>
        {
            var copy = new XElement(Relationships(root).Elements().Single(r => (string)r.Attribute("Name")! == Parent));
            copy.Attribute("Name")!.Value = "spm_objective_second_spm_objective";
            Relationships(root).Add(copy);
        });

        var report = PackageChecker.Check(broken, Repository.Metadata, strict: false);

        Assert.Contains(
            new CheckFailure(HierarchicalRelationshipCheck.RuleName,
                $"table spm_objective has 2 hierarchical relationships ({Parent}, spm_objective_second_spm_objective); a table has at most one."),
            report.Failures);
    }
}
