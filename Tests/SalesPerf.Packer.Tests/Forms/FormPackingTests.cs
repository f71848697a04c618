using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests.Forms;

public sealed class FormPackingTests
{
    private static XElement ApolloEntity => XDocument.Load(Repository.TestFile("Reference", "entity-apollo_InvoiceLine.xml")).Root!
        .Element("Entities")!.Element("Entity")!;

    private static XElement ApolloMainForm => ApolloEntity.Element("FormXml")!.Elements("forms").Single(f => (string?)f.Attribute("type") == "main")
        .Element("systemform")!;

    private static XElement Entity(byte[] zip, string table) =>
        Packages.Customizations(zip).Element("Entities")!.Elements("Entity").Single(e => e.Element("Name")!.Value.Equals(table, StringComparison.OrdinalIgnoreCase));

    private static XElement MainForm(byte[] zip, string table) =>
        Entity(zip, table).Element("FormXml")!.Elements("forms").Single(f => (string?)f.Attribute("type") == "main").Element("systemform")!;

    private static XElement Control(XElement form, string id) =>
        form.Descendants("control").Single(c => (string?)c.Attribute("id") == id);

    public static TheoryData<string> Tables => new(Repository.Metadata.Tables.Where(t => t.IsCustom).Select(t => t.LogicalName));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pack_EveryTable_HasItsMainFormWithTheSourceFormId(string table)
    {
        foreach (var zip in new[] { Packages.Managed, Packages.Unmanaged })
        {
            var source = Repository.Input(managed: true).Forms.Single(f => f.Table == table);

            Assert.Equal(source.Id.ToString("B"), MainForm(zip, table).Element("formid")!.Value);
        }
    }

    [Fact]
    public void Pack_FormXml_SitsBetweenEntityInfoAndSavedQueriesAsInTheExport()
    {
        var apollo = ApolloEntity.Elements().Select(e => e.Name.LocalName).ToList();
        var packed = Entity(Packages.Managed, "spm_target").Elements().Select(e => e.Name.LocalName).ToList();

        Assert.Equal(apollo.IndexOf("EntityInfo") + 1, apollo.IndexOf("FormXml"));
        Assert.Equal(packed.IndexOf("EntityInfo") + 1, packed.IndexOf("FormXml"));
        Assert.Equal(packed.IndexOf("FormXml") + 1, packed.IndexOf("SavedQueries"));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pack_SystemForm_HasTheExportsElementOrder(string table)
    {
        var form = MainForm(Packages.Managed, table);
        var apolloBody = ApolloMainForm.Element("form")!.Elements().Select(e => e.Name.LocalName).ToList();

        Assert.Equal(ApolloMainForm.Elements().Select(e => e.Name.LocalName), form.Elements().Select(e => e.Name.LocalName));
        var body = form.Element("form")!.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.Equal(body, apolloBody.Where(body.Contains));
        Assert.Equal("tabs", body[0]);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Pack_EveryLabelOfTheForm_InEnglishAndChinese(string table)
    {
        var form = MainForm(Packages.Managed, table);
        var labelled = form.Descendants("labels").ToList();

        Assert.NotEmpty(labelled);
        Assert.All(labelled, labels =>
        {
            Assert.Equal(["1033", "2052"], labels.Elements("label").Select(l => (string?)l.Attribute("languagecode")));
            Assert.All(labels.Elements("label"), l => Assert.False(string.IsNullOrWhiteSpace((string?)l.Attribute("description"))));
        });
        Assert.Equal(["1033", "2052"], form.Element("LocalizedNames")!.Elements().Select(l => (string?)l.Attribute("languagecode")));
        Assert.Equal(["1033", "2052"], form.Element("Descriptions")!.Elements().Select(l => (string?)l.Attribute("languagecode")));
    }

    [Fact]
    public void Pack_TargetForm_ColumnLabelsAreTheColumnsDisplayNames()
    {
        var cell = MainForm(Packages.Managed, "spm_target").Descendants("cell").Single(c => (string?)c.Element("control")?.Attribute("id") == "spm_attainmentpercent");

        Assert.Equal(["Attainment %", "达成率 (%)"], cell.Element("labels")!.Elements().Select(l => (string?)l.Attribute("description")));
    }

    [Theory]
    [InlineData("spm_target", "spm_attainmentpercent")]
    [InlineData("spm_target", "spm_actualvalue")]
    [InlineData("spm_target", "spm_calculationtrace")]
    [InlineData("spm_scorecard", "spm_weightedscore")]
    [InlineData("spm_commissionstatement", "spm_payableamount")]
    [InlineData("spm_review", "spm_overallrating")]
    public void Pack_ComputedColumn_IsReadOnlyOnTheForm(string table, string column)
    {
        var form = MainForm(Packages.Managed, table);

        Assert.Equal("true", (string?)Control(form, column).Attribute("disabled"));
    }

    [Theory]
    [InlineData("spm_target", "spm_targetvalue")]
    [InlineData("spm_target", "spm_kpiid")]
    [InlineData("spm_review", "spm_teamworkrating")]
    [InlineData("spm_review", "spm_strengths")]
    public void Pack_EnteredColumn_IsEditable(string table, string column)
    {
        Assert.Null(Control(MainForm(Packages.Managed, table), column).Attribute("disabled"));
    }

    // Class ids per column type: solution-format 5 (observed in Apollo-U's forms).
    [Theory]
    [InlineData("spm_target", "spm_name", "{4273EDBD-AC1D-40D3-9FB2-095C621B552D}")]
    [InlineData("spm_target", "spm_targetvalue", "{C3EFE0C3-0EC6-42BE-8349-CBD9079DFD8E}")]
    [InlineData("spm_target", "spm_kpiid", "{270BD3DB-D9AF-4782-9025-509E298DEC0A}")]
    [InlineData("spm_target", "spm_rollupsource", "{3EF39988-22BB-4F0B-BBBE-64B5A3748AEE}")]
    [InlineData("spm_target", "spm_lastcalculatedon", "{5B773807-9FB2-42DB-97C3-7A91EFF8ADFF}")]
    [InlineData("spm_target", "spm_calculationtrace", "{E0DECE4B-6FC8-4A8F-A065-082708572369}")]
    [InlineData("spm_target", "ownerid", "{270BD3DB-D9AF-4782-9025-509E298DEC0A}")]
    [InlineData("spm_payment", "spm_amount", "{533B9E00-756B-4312-95A0-DC888637AC78}")]
    [InlineData("spm_review", "spm_teamworkrating", "{C6D124CA-7EDA-4A60-AEA9-7FB8D318B68F}")]
    public void Pack_Control_UsesTheClassIdOfItsColumnType(string table, string column, string classId)
    {
        var control = Control(MainForm(Packages.Managed, table), column);

        Assert.Equal(classId, (string?)control.Attribute("classid"), ignoreCase: true);
        Assert.Equal(column, (string?)control.Attribute("datafieldname"));
    }

    [Theory]
    [InlineData("spm_scorecard", "WebResource_scorecard", "spm_/scorecard/scorecard.html", "targets", "spm_target_scorecardid_spm_scorecard", "spm_target")]
    [InlineData("spm_commissionstatement", "WebResource_statement", "spm_/statement/statement.html", "lines",
        "spm_commissionline_commissionstatementid_spm_commissionstatement", "spm_commissionline")]
    public void Pack_PageForm_HostsItsWebResourceAndTheRelatedRows(string table, string controlId, string page, string gridId, string relationship, string listed)
    {
        var customizations = Packages.Customizations(Packages.Managed);
        var form = MainForm(Packages.Managed, table);

        var web = Control(form, controlId);
        var resource = customizations.Element("WebResources")!.Elements("WebResource").Single(w => w.Element("Name")!.Value == page);
        Assert.Equal("{9FDF5F91-88B1-47F4-AD53-C11EFC01A01D}", (string?)web.Attribute("classid"), ignoreCase: true);
        Assert.Equal(page, web.Element("parameters")!.Element("Url")!.Value);
        Assert.Equal("true", web.Element("parameters")!.Element("PassParameters")!.Value);
        Assert.Equal(Guid.Parse(resource.Element("WebResourceId")!.Value), Guid.Parse(web.Element("parameters")!.Element("WebResourceId")!.Value));

        var grid = Control(form, gridId);
        var associated = Entity(Packages.Managed, listed).Descendants("savedquery").Single(v => v.Element("querytype")!.Value == "2");
        Assert.Equal("{E7A81278-8635-4D9E-8D4D-59480B391C5B}", (string?)grid.Attribute("classid"), ignoreCase: true);
        Assert.Equal(relationship, grid.Element("parameters")!.Element("RelationshipName")!.Value);
        Assert.Equal(listed, grid.Element("parameters")!.Element("TargetEntityType")!.Value);
        Assert.Equal(Guid.Parse(associated.Element("savedqueryid")!.Value), Guid.Parse(grid.Element("parameters")!.Element("ViewId")!.Value));
        var relation = customizations.Element("EntityRelationships")!.Elements().Single(r => (string?)r.Attribute("Name") == relationship);
        Assert.Equal(listed, relation.Element("ReferencingEntityName")!.Value, ignoreCase: true);
        Assert.Equal(table, relation.Element("ReferencedEntityName")!.Value, ignoreCase: true);
    }

    [Fact]
    public void Pack_TargetForm_HasTheSectionsOfATarget()
    {
        var sections = MainForm(Packages.Managed, "spm_target").Descendants("section")
            .Select(s => s.Element("labels")!.Elements().First().Attribute("description")!.Value).ToList();

        Assert.Equal(["General", "Target Values", "Attainment (computed)", "Allocation", "Child Targets", "Calculation Trace"], sections);
    }

    [Fact]
    public void Pack_TwoPacks_WriteTheSameFormIds()
    {
        IEnumerable<string?> Ids(byte[] zip) => MainForm(zip, "spm_review").Descendants().Select(e => (string?)e.Attribute("id"));

        Assert.Equal(Ids(Packages.Managed), Ids(SolutionPacker.Pack(Repository.Input(managed: true))));
    }
}
