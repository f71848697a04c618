using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class EntityTests
{
    private static XElement EntityOf(string schemaName) =>
        Packages.Customizations(Packages.Managed).Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value == schemaName);

    private static XElement AttributeOf(string table, string logicalName) =>
        EntityOf(table).Descendants("attributes").Elements("attribute").Single(a => a.Element("LogicalName")!.Value == logicalName);

    [Fact]
    public void Entities_EveryCustomTable_IsWrittenWithEveryColumnButVersionNumber()
    {
        foreach (var table in Repository.Metadata.Tables.Where(t => t.IsCustom))
        {
            var written = EntityOf(table.LogicalName).Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")!.Value);

            var expected = table.Columns.Select(c => c.LogicalName).Where(n => n != "versionnumber");
            Assert.Equal(expected.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Entities_Attributes_AreOrderedByLogicalNameAsExported()
    {
        var names = EntityOf("spm_target").Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")!.Value).ToList();

        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Entities_MoneyColumn_HasItsBaseCompanionAndCurrencyColumns()
    {
        var companion = AttributeOf("spm_payment", "spm_amount_base");

        // solution-format 4.4: PhysicalName lower-case money name + "_Base", CalculationOf, not writable.
        Assert.Equal("spm_amount_Base", (string)companion.Attribute("PhysicalName")!);
        Assert.Equal("spm_amount", companion.Element("CalculationOf")!.Value);
        Assert.Equal("0", companion.Element("ValidForCreateApi")!.Value);
        Assert.Equal("0", companion.Element("ValidForUpdateApi")!.Value);
        Assert.Equal("money", AttributeOf("spm_payment", "spm_amount").Element("Type")!.Value);
        Assert.Equal("lookup", AttributeOf("spm_payment", "transactioncurrencyid").Element("Type")!.Value);
        Assert.Equal("12", AttributeOf("spm_payment", "exchangerate").Element("Accuracy")!.Value);
    }

    [Fact]
    public void Entities_UserOwnedTable_HasTheOwnerColumnsOfAnExport()
    {
        var owner = AttributeOf("spm_target", "ownerid");

        // solution-format 4.3/4.6: owner with LookupTypes 8 (systemuser) and 9 (team).
        Assert.Equal("owner", owner.Element("Type")!.Value);
        Assert.Equal(["8", "9"], owner.Element("LookupTypes")!.Elements("LookupType").Select(e => e.Value));
        Assert.Equal("OwningBusinessUnit", (string)AttributeOf("spm_target", "owningbusinessunit").Attribute("PhysicalName")!);
        Assert.Equal("UserOwned", EntityOf("spm_target").Descendants("OwnershipTypeMask").Single().Value);
        Assert.Equal("OrgOwned", EntityOf("spm_period").Descendants("OwnershipTypeMask").Single().Value);
        Assert.DoesNotContain(EntityOf("spm_period").Descendants("attributes").Elements("attribute"), a => a.Element("LogicalName")!.Value == "ownerid");
    }

    [Fact]
    public void Entities_StateAndStatus_CarryTheDomainStatuses()
    {
        var states = AttributeOf("spm_commissionstatement", "statecode").Descendants("state").ToList();
        var statuses = AttributeOf("spm_commissionstatement", "statuscode").Descendants("status").ToList();

        // domain.md 2: state 0 with Open 1, Approved 100000000, Disputed 100000001; state 1 with Paid 2.
        Assert.Equal(["0", "1"], states.Select(s => (string)s.Attribute("value")!));
        Assert.Equal("1", (string)states[0].Attribute("defaultstatus")!);
        Assert.Equal("2", (string)states[1].Attribute("defaultstatus")!);
        Assert.Equal(
            ["100000000:0", "100000001:0", "1:0", "2:1"],
            statuses.Select(s => (string)s.Attribute("value")! + ":" + (string)s.Attribute("state")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Entities_ChoiceColumn_HasAnInlineOptionSetWithTheContractValues()
    {
        var direction = AttributeOf("spm_kpi", "spm_direction");
        var set = direction.Element("optionset")!;

        // domain.md 2: HigherIsBetter 100000000, LowerIsBetter 100000001.
        Assert.Equal("picklist", direction.Element("Type")!.Value);
        Assert.Equal("spm_kpi_spm_direction", (string)set.Attribute("Name")!);
        Assert.Equal(["100000000", "100000001"], set.Descendants("option").Select(o => (string)o.Attribute("value")!));
    }

    [Fact]
    public void Entities_DateOnlyColumn_HasFormatDateAndBehaviorTwo()
    {
        var paidOn = AttributeOf("spm_payment", "spm_paidon");

        Assert.Equal("date", paidOn.Element("Format")!.Value);
        Assert.Equal("2", paidOn.Element("Behavior")!.Value);
    }

    [Fact]
    public void Entities_Labels_AreWrittenInEnglishAndChinese()
    {
        var entity = EntityOf("spm_target").Element("EntityInfo")!.Element("entity")!;
        var name = AttributeOf("spm_target", "spm_targetvalue").Element("displaynames")!.Elements().ToList();

        Assert.Equal(["1033", "2052"], entity.Element("LocalizedNames")!.Elements().Select(e => (string)e.Attribute("languagecode")!));
        Assert.Equal(["Target Value", "目标值"], name.Select(e => (string)e.Attribute("description")!));
        Assert.Equal(["1033", "2052"], Packages.Customizations(Packages.Managed).Element("Languages")!.Elements().Select(e => e.Value));
    }

    [Fact]
    public void Entities_ExtendedSystemTable_CarriesOnlyTheColumnsTheSolutionAdds()
    {
        var opportunity = EntityOf("Opportunity");
        var salesOrder = EntityOf("SalesOrder");

        // domain.md 2: opportunity.spm_salescycledays, spm_isnewcustomer; salesorder.spm_grossmargin (money).
        Assert.Equal(["spm_isnewcustomer", "spm_salescycledays"], opportunity.Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")!.Value));
        Assert.Equal(["spm_grossmargin", "spm_grossmargin_base"], salesOrder.Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")!.Value));
        Assert.Equal("bit", opportunity.Descendants("attributes").Elements("attribute").First().Element("Type")!.Value);
        Assert.Null(opportunity.Element("EntityInfo")!.Element("entity")!.Element("EntitySetName"));
    }

    [Theory]
    [InlineData("Opportunity")]
    [InlineData("SalesOrder")]
    [InlineData("Invoice")]
    public void Entities_ExtendedSystemTable_HasTheShapeOfARealExportOfAPlatformTable(string schemaName)
    {
        // Real exports of platform tables (Apollo's unpacked account, YarSol/deploytest's opportunity): Name, an entity
        // holding attributes, then FormXml, empty SavedQueries and RibbonDiffXml; no labels or flags of a new table. FormXml
        // holds only a form the solution adds itself (the opportunity's "Opportunity (SalesPerf)"), never Microsoft's forms.
        var entity = EntityOf(schemaName);

        Assert.Equal(["Name", "EntityInfo", "FormXml", "SavedQueries", "RibbonDiffXml"], entity.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["attributes"], entity.Element("EntityInfo")!.Element("entity")!.Elements().Select(e => e.Name.LocalName));
        Assert.All(entity.Elements().Skip(3), part => Assert.False(part.HasElements));
        var ownForms = Repository.Input(managed: true).Forms.Where(f => string.Equals(f.Table, schemaName, StringComparison.OrdinalIgnoreCase)).Select(f => "{" + f.Id.ToString("D") + "}");
        Assert.Equal(ownForms, entity.Element("FormXml")!.Descendants("systemform").Select(f => f.Element("formid")!.Value));
        Assert.All(entity.Descendants("attribute"), a => Assert.StartsWith("spm_", a.Element("LogicalName")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_CustomTable_EndsWithTheRibbonSkeleton()
    {
        var ribbon = EntityOf("spm_target").Elements().Last();

        Assert.Equal("RibbonDiffXml", ribbon.Name.LocalName);
        Assert.Equal("Mscrm.Templates", (string)ribbon.Descendants("RibbonTemplates").Single().Attribute("Id")!);
    }
}
