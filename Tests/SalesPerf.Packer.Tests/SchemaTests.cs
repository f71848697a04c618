using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SalesPerf.Packer.Checks;
using SalesPerf.Packer.Tests.Infrastructure;

namespace SalesPerf.Packer.Tests;

public sealed class SchemaTests
{
    public static TheoryData<string> SchemaFiles =>
    [
        "CustomizationsSolution.xsd", "isv.config.xsd", "SiteMapType.xsd", "FormXml.xsd", "RibbonCore.xsd", "RibbonTypes.xsd",
        "RibbonWSS.xsd", "Fetch.xsd",
    ];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void EmbeddedSchema_ComparedWithTheTestCopy_IsIdentical(string file)
    {
        Assert.Equal(File.ReadAllBytes(Repository.TestFile("Schemas", file)), EmbeddedSchemas.Read(file));
    }

    [Fact]
    public void Customizations_ValidatedWithTheTestCopyOfTheSchema_HasOnlyTheKnownDifferences()
    {
        var problems = Validate(KnownSchemaDifferences.Normalize(Packages.Customizations(Packages.Managed).Document!));

        Assert.Empty(problems);
    }

    [Fact]
    public void Customizations_WithoutTheKnownDifferences_IsNotValidAgainstTheStaleSchema()
    {
        // Proves the exceptions are needed: the 9.0.0.2090 schema rejects what a 9.2 export writes.
        var problems = Validate(Packages.Customizations(Packages.Managed).Document!);

        Assert.NotEmpty(problems);
    }

    [Fact]
    public void ReferenceEntity_FromARealExport_HasOnlyTheKnownDifferences()
    {
        var reference = XDocument.Load(Repository.TestFile("Reference", "entity-apollo_InvoiceLine.xml"));

        var problems = Validate(KnownSchemaDifferences.Normalize(reference));

        Assert.Empty(problems);
    }

    [Fact]
    public void ReferenceSteps_FromARealExport_HaveOnlyTheKnownDifferences()
    {
        var reference = XDocument.Load(Repository.TestFile("Reference", "plugin-assembly-and-step-9.2.xml"));

        var problems = Validate(KnownSchemaDifferences.Normalize(reference));

        Assert.Empty(problems);
    }

    private static List<string> Validate(XDocument document)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, Repository.TestFile("Schemas", "CustomizationsSolution.xsd"));
        schemas.Compile();
        var problems = new List<string>();
        document.Validate(schemas, (_, e) => problems.Add(e.Message));
        return problems;
    }
}
