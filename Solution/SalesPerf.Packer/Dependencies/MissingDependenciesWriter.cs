using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Packaging;

namespace SalesPerf.Packer.Dependencies;

/// <summary>
/// <c>SolutionManifest/MissingDependencies</c> in the shape of a real export (reference/solution-missingdependencies-managed.xml):
/// Required with type, schemaName, displayName, parentSchemaName, parentDisplayName, solution, id and its package; Dependent
/// with the same keys but solution. Attributes without a value are left out.
/// </summary>
public static class MissingDependenciesWriter
{
    public static XElement Write(IEnumerable<MissingDependency> dependencies)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        return new XElement("MissingDependencies", dependencies.Select(d => new XElement(
            "MissingDependency",
            Component("Required", d.Required, required: true),
            Component("Dependent", d.Dependent, required: false))));
    }

    private static XElement Component(string name, DependencyComponent component, bool required)
    {
        var element = new XElement(
            name,
            new XAttribute("type", component.Type.ToString(CultureInfo.InvariantCulture)),
            Optional("schemaName", component.SchemaName),
            new XAttribute("displayName", component.DisplayName),
            Optional("parentSchemaName", component.ParentSchemaName),
            Optional("parentDisplayName", component.ParentDisplayName),
            required ? Optional("solution", component.Solution) : null,
            component.Id is { } id ? new XAttribute("id", ExportXml.Braced(id)) : null);
        if (required && component.Package is { } package)
        {
            element.Add(new XElement("package", new XAttribute("appName", package.AppName), new XAttribute("version", package.Version), package.Solution));
        }

        return element;
    }

    // parentSchemaName="" is kept: the real System (5.0) table entry writes it empty.
    private static XAttribute? Optional(string name, string? value) => value is null ? null : new XAttribute(name, value);
}
