using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class RelationshipTests
{
    private static XElement RelationshipOf(string name) =>
        Packages.Customizations(Packages.Managed).Element("EntityRelationships")!.Elements().Single(r => (string)r.Attribute("Name")! == name);

    [Fact]
    public void Relationships_CustomLookup_NamesItsTargetTable()
    {
        var kpi = RelationshipOf("spm_target_kpiid_spm_kpi");

        // solution-format 4.5: the relationship, not the attribute, names the lookup's target.
        Assert.Equal("spm_target", kpi.Element("ReferencingEntityName")!.Value);
        Assert.Equal("spm_kpi", kpi.Element("ReferencedEntityName")!.Value);
        Assert.Equal("spm_kpiid", kpi.Element("ReferencingAttributeName")!.Value);
        Assert.Equal(["1", "0"], kpi.Descendants("RelationshipRoleType").Select(e => e.Value));
    }

    [Fact]
    public void Relationships_LookupToSystemTable_UsesThePlatformSchemaName()
    {
        var opportunity = RelationshipOf("spm_dealsplit_opportunityid_opportunity");

        Assert.Equal("Opportunity", opportunity.Element("ReferencedEntityName")!.Value);
    }

    [Fact]
    public void Relationships_UserOwnedTableWithMoney_HasTheSevenSystemRelationships()
    {
        var names = Packages.Customizations(Packages.Managed).Element("EntityRelationships")!.Elements()
            .Select(r => (string)r.Attribute("Name")!).ToHashSet();

        // solution-format 4.6 and 4.4.
        string[] expected = ["business_unit_spm_payment", "lk_spm_payment_createdby", "lk_spm_payment_modifiedby", "owner_spm_payment",
            "team_spm_payment", "user_spm_payment", "TransactionCurrency_spm_payment"];
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.Equal("Restrict", RelationshipOf("business_unit_spm_payment").Element("CascadeDelete")!.Value);
        Assert.Equal("Owner", RelationshipOf("owner_spm_payment").Element("ReferencedEntityName")!.Value);
        Assert.Null(RelationshipOf("owner_spm_payment").Element("EntityRelationshipRoles"));
    }

    [Fact]
    public void Relationships_OrganizationOwnedTable_HasNoOwnerRelationships()
    {
        var names = Packages.Customizations(Packages.Managed).Element("EntityRelationships")!.Elements()
            .Select(r => (string)r.Attribute("Name")!).ToList();

        Assert.DoesNotContain("owner_spm_period", names);
        Assert.Contains("lk_spm_period_createdby", names);
    }
}
