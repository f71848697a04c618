using System.Collections.Generic;

namespace SalesPerf.Packer.Checks;

/// <summary>Every main, quick or card form of the package is valid against FormXml.xsd, except for <see cref="FormSchema.KnownDifferences"/>.</summary>
public sealed class FormSchemaCheck : IPackageCheck
{
    public string Rule => "form schema";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        foreach (var form in PackageForms.All(package))
        {
            var body = form.SystemForm.Element("form");
            if (body is null)
            {
                yield return $"{form.Label} has no form element.";
                continue;
            }

            foreach (var (where, message) in FormSchema.Validate(body))
            {
                yield return $"{form.Label} is not valid against FormXml.xsd at {where}: {message}";
            }
        }
    }
}
