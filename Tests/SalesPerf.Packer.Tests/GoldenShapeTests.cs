using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

/// <summary>Element names and order of the packer's output against excerpts of real exports (Reference/).</summary>
public sealed class GoldenShapeTests
{
    private static XElement Reference(string file) => XDocument.Load(Repository.TestFile("Reference", file)).Root!;

    private static XElement Ours => Packages.Customizations(Packages.Managed);

    private static XElement OurAttribute(string table, string logicalName) =>
        Ours.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == table)
            .Descendants("attributes").Elements("attribute").Single(a => a.Element("LogicalName")!.Value == logicalName);

    private static XElement ReferenceAttribute(string physicalName) =>
        Reference("entity-apollo_InvoiceLine.xml").Descendants("attributes").Elements("attribute").Single(a => (string)a.Attribute("PhysicalName")! == physicalName);

    private static List<string> Children(XElement element) => element.Elements().Select(e => e.Name.LocalName).ToList();

    [Fact]
    public void CustomizationsRoot_Children_AreTheExportedSectionsInOrder()
    {
        var expected = Children(Reference("customizations-root-and-child-order.xml"));

        // Every section, AppModules included: the solution has its app (Solution/App).
        Assert.Equal(expected, Children(Ours));
    }

    [Fact]
    public void EntityInfo_Children_MatchTheExportOfANewUserOwnedTable()
    {
        var reference = Reference("entity-apollo_InvoiceLine.xml").Descendants("EntityInfo").Single().Element("entity")!;
        var ours = Ours.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == "spm_target").Element("EntityInfo")!.Element("entity")!;

        Assert.Equal(Children(reference), Children(ours));
    }

    [Fact]
    public void Entity_Children_FollowTheExportOrder()
    {
        var reference = Children(Reference("entity-apollo_InvoiceLine.xml").Descendants("Entity").Single());
        var ours = Children(Ours.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == "spm_target"));

        // Apollo's InvoiceLine has no chart (Visualizations); everything it has is here, in the export's order.
        Assert.Equal(reference, ours.Where(n => n is not "Visualizations"));
    }

    public static TheoryData<string, string, string> SystemColumns => new()
    {
        { "spm_payment", "createdby", "CreatedBy" },
        { "spm_payment", "createdon", "CreatedOn" },
        { "spm_payment", "createdonbehalfby", "CreatedOnBehalfBy" },
        { "spm_payment", "exchangerate", "ExchangeRate" },
        { "spm_payment", "importsequencenumber", "ImportSequenceNumber" },
        { "spm_payment", "modifiedby", "ModifiedBy" },
        { "spm_payment", "modifiedon", "ModifiedOn" },
        { "spm_payment", "modifiedonbehalfby", "ModifiedOnBehalfBy" },
        { "spm_payment", "overriddencreatedon", "OverriddenCreatedOn" },
        { "spm_payment", "ownerid", "OwnerId" },
        { "spm_payment", "owningbusinessunit", "OwningBusinessUnit" },
        { "spm_payment", "owningteam", "OwningTeam" },
        { "spm_payment", "owninguser", "OwningUser" },
        { "spm_payment", "statecode", "statecode" },
        { "spm_payment", "statuscode", "statuscode" },
        { "spm_payment", "timezoneruleversionnumber", "TimeZoneRuleVersionNumber" },
        { "spm_payment", "transactioncurrencyid", "TransactionCurrencyId" },
        { "spm_payment", "utcconversiontimezonecode", "UTCConversionTimeZoneCode" },
    };

    [Theory]
    [MemberData(nameof(SystemColumns))]
    public void SystemAttribute_ElementsAndFlags_MatchTheExport(string table, string logicalName, string physicalName)
    {
        var reference = ReferenceAttribute(physicalName);
        var ours = OurAttribute(table, logicalName);

        Assert.Equal(physicalName, (string)ours.Attribute("PhysicalName")!);
        Assert.Equal(Children(reference), Children(ours));
        Assert.Equal(Flags(reference), Flags(ours));
    }

    public static TheoryData<string, string, string> CustomColumns => new()
    {
        { "apollo_Amount", "spm_payment", "spm_amount" },
        { "apollo_amount_Base", "spm_payment", "spm_amount_base" },
        { "apollo_InvoiceLineId", "spm_payment", "spm_paymentid" },
        { "apollo_InvoiceLineName", "spm_payment", "spm_name" },
        { "apollo_ParentInvoice", "spm_payment", "spm_invoiceid" },
        { "apollo_PaymentFor", "spm_kpi", "spm_direction" },
    };

    [Theory]
    [MemberData(nameof(CustomColumns))]
    public void CustomAttribute_Elements_MatchTheExportOfTheSameKind(string referencePhysicalName, string table, string logicalName)
    {
        Assert.Equal(Children(ReferenceAttribute(referencePhysicalName)), Children(OurAttribute(table, logicalName)));
    }

    [Fact]
    public void BitAndMemoAttributes_Elements_MatchTheExport()
    {
        var reference = Reference("entity-attributes-bit-ntext.xml").Descendants("attributes").Elements("attribute").ToList();
        var bit = OurAttribute("Opportunity", "spm_isnewcustomer");
        var memo = OurAttribute("spm_target", "spm_calculationtrace");

        // The reference's bit/ntext attributes omit the CanModify* and sortable flags; ours carry the full common list.
        Assert.Equal(TypeSpecific(reference[0]), TypeSpecific(bit));
        Assert.Equal(TypeSpecific(reference[1]), TypeSpecific(memo));
        Assert.Equal(Children(reference[0].Element("optionset")!), Children(bit.Element("optionset")!));
    }

    [Fact]
    public void Relationships_Elements_MatchTheExport()
    {
        var reference = Reference("entity-apollo_InvoiceLine-relationships.xml").Element("EntityRelationships")!.Elements().ToList();
        var ours = Ours.Element("EntityRelationships")!.Elements().ToList();

        XElement Named(List<XElement> list, string name) => list.Single(r => (string)r.Attribute("Name")! == name);

        Assert.Equal(Children(Named(reference, "apollo_invoiceline_ParentInvoice_apollo_apolloinvoice")), Children(Named(ours, "spm_payment_invoiceid_invoice")));
        Assert.Equal(
            Children(Named(reference, "apollo_invoiceline_ParentInvoice_apollo_apolloinvoice").Element("EntityRelationshipRoles")!.Elements().First()),
            Children(Named(ours, "spm_payment_invoiceid_invoice").Element("EntityRelationshipRoles")!.Elements().First()));
        foreach (var (theirs, mine) in new[]
        {
            ("business_unit_apollo_invoiceline", "business_unit_spm_payment"),
            ("lk_apollo_invoiceline_createdby", "lk_spm_payment_createdby"),
            ("owner_apollo_invoiceline", "owner_spm_payment"),
            ("TransactionCurrency_apollo_InvoiceLine", "TransactionCurrency_spm_payment"),
            ("user_apollo_invoiceline", "user_spm_payment"),
        })
        {
            Assert.Equal(Children(Named(reference, theirs)), Children(Named(ours, mine)));
            Assert.Equal(Named(reference, theirs).Element("CascadeDelete")!.Value, Named(ours, mine).Element("CascadeDelete")!.Value);
        }
    }

    [Fact]
    public void PluginAssembly_Elements_MatchThe92Export()
    {
        var reference = Reference("plugin-assembly-and-step-9.2.xml").Descendants("PluginAssembly").Single();
        var ours = Ours.Descendants("PluginAssembly").Single();

        Assert.Equal(Children(reference), Children(ours));
        Assert.Equal(reference.Attributes().Select(a => a.Name.LocalName), ours.Attributes().Select(a => a.Name.LocalName));
        Assert.Equal(Children(reference.Descendants("PluginType").First()), Children(ours.Descendants("PluginType").First()));
        Assert.Equal(reference.Element("IsolationMode")!.Value, ours.Element("IsolationMode")!.Value);
    }

    [Fact]
    public void Step_Elements_MatchThe92ExportWithDescriptionAndImage()
    {
        var reference = Reference("unpacked-step-create-postimage.xml");
        var ours = Ours.Descendants("SdkMessageProcessingStep").First(s => s.Descendants("SdkMessageProcessingStepImage").Any() && s.Element("Description") is not null);

        Assert.Equal(Children(reference), Children(ours));
        Assert.Equal(Children(reference.Descendants("SdkMessageProcessingStepImage").Single()), Children(ours.Descendants("SdkMessageProcessingStepImage").First()));
    }

    [Fact]
    public void Manifest_Elements_MatchTheManagedExport()
    {
        var reference = Reference("solution-managed.xml");
        var ours = Packages.Xml(Packages.Managed, "solution.xml").Root!;

        Assert.Equal(
            reference.Attributes().Select(a => a.Name.LocalName).Take(5),
            ours.Attributes().Select(a => a.Name.LocalName));
        Assert.Equal(Children(reference.Element("SolutionManifest")!), Children(ours.Element("SolutionManifest")!));
        Assert.Equal(Children(reference.Descendants("Publisher").Single()), Children(ours.Descendants("Publisher").Single()));
        Assert.Equal(Children(reference.Descendants("Address").First()), Children(ours.Descendants("Address").First()));
    }

    [Fact]
    public void ContentTypes_Prefix_IsByteIdenticalToTheExport()
    {
        var reference = File.ReadAllBytes(Repository.TestFile("Reference", "content-types-managed.xml"));
        var ours = Packages.Entry(Packages.Managed, "[Content_Types].xml");

        // Up to and including the xml Default, the real file and ours are the same bytes.
        var prefix = Encoding.UTF8.GetBytes("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/octet-stream\" />");
        Assert.Equal(prefix, reference.Take(prefix.Length));
        Assert.Equal(prefix, ours.Take(prefix.Length));
        // Then the dll Default and, as in the export, one Override per web resource file.
        Assert.Contains("<Default Extension=\"dll\" ContentType=\"application/octet-stream\" /><Override PartName=\"/WebResources/", Encoding.UTF8.GetString(ours), StringComparison.Ordinal);
        Assert.EndsWith("\" ContentType=\"application/octet-stream\" /></Types>", Encoding.UTF8.GetString(ours), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "1", "Active")]
    [InlineData("0", "0", "Inactive")]
    [InlineData("1", "1", "Advanced Find")]
    [InlineData("2", "1", "Associated")]
    [InlineData("4", "1", "Quick Find")]
    [InlineData("64", "1", "Lookup")]
    [InlineData("8192", "1", "My")]
    public void View_OfEachKind_MatchesTheExportedViewOfThatKind(string queryType, string isDefault, string kind)
    {
        static XElement Find(XElement entity, string queryType, string isDefault, string nameStart) =>
            entity.Descendants("savedquery").First(q => q.Element("querytype")!.Value == queryType && q.Element("isdefault")!.Value == isDefault
                && q.Element("LocalizedNames")!.Elements().First().Attribute("description")!.Value.Contains(nameStart, StringComparison.Ordinal));

        var reference = Find(Reference("entity-apollo_InvoiceLine.xml"), queryType, isDefault, kind == "Associated" || kind == "Lookup" || kind == "Advanced Find" ? kind : kind.Split(' ')[0]);
        var ours = Find(Ours.Element("Entities")!.Elements().Single(e => e.Element("Name")!.Value == "spm_payment"), queryType, isDefault, kind.Split(' ')[0]);

        Assert.Equal(Children(reference), Children(ours));
        Assert.Equal(Children(reference.Element("fetchxml")!.Element("fetch")!.Element("entity")!).Distinct(), Children(ours.Element("fetchxml")!.Element("fetch")!.Element("entity")!).Distinct());
        Assert.Equal(reference.Element("CanBeDeleted")!.Value, ours.Element("CanBeDeleted")!.Value);
        var referenceGrid = reference.Element("layoutxml")?.Element("grid");
        var ourGrid = ours.Element("layoutxml")?.Element("grid");
        Assert.Equal(referenceGrid?.Attributes().Select(a => a.Name.LocalName + (a.Name.LocalName is "name" or "jump" ? "" : "=" + a.Value)),
            ourGrid?.Attributes().Select(a => a.Name.LocalName + (a.Name.LocalName is "name" or "jump" ? "" : "=" + a.Value)));
    }

    private static List<string> Flags(XElement attribute) =>
        attribute.Elements()
            .Where(e => !e.HasElements && e.Name.LocalName is not ("IntroducedVersion" or "MinValue" or "MaxValue"))
            .Select(e => e.Name.LocalName + "=" + e.Value)
            .ToList();

    private static List<string> TypeSpecific(XElement attribute) =>
        attribute.Elements().SkipWhile(e => e.Name.LocalName != "IsLocalizable").Skip(1).Select(e => e.Name.LocalName).ToList();
}
