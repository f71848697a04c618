using System.Collections.Generic;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>customizations.xml is valid against CustomizationsSolution.xsd, except for <see cref="KnownSchemaDifferences"/>.</summary>
public sealed class SchemaCheck : IPackageCheck
{
    public string Rule => "schema";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        if (package.Customizations is null)
        {
            return [];
        }

        var problems = new List<string>();
        var normalized = KnownSchemaDifferences.Normalize(package.Customizations);
        normalized.Validate(EmbeddedSchemas.CustomizationsSchema, (sender, e) =>
            problems.Add($"customizations.xml is not valid against CustomizationsSolution.xsd at {XmlPaths.Of(sender as XObject)}: {e.Message}"));
        return problems;
    }
}
