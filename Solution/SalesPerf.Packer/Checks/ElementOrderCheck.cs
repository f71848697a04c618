using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Strict only (house style): element names and order as SalesPerf's packer copies them from real 9.2 exports, where
/// the schema is silent or stale (xs:all, newer elements). Exports of other platform versions order the same elements
/// differently (8.2 steps) and the importer accepts them, so this is not an import requirement.
/// </summary>
public sealed class ElementOrderCheck : IPackageCheck
{
    public string Rule => "order";

    public IEnumerable<string> Check(SolutionPackage package)
    {
        var problems = new List<string>();
        if (!package.Strict)
        {
            return problems;
        }

        if (package.Manifest?.Root?.Element("SolutionManifest") is { } manifest)
        {
            InOrder(manifest, ExportOrder.SolutionManifest, strict: true, problems);
            foreach (var publisher in manifest.Elements("Publisher"))
            {
                InOrder(publisher, ExportOrder.Publisher, strict: true, problems);
            }
        }

        var root = package.Customizations?.Root;
        if (root is null)
        {
            return problems;
        }

        InOrder(root, ExportOrder.CustomizationsRoot, strict: true, problems);
        foreach (var entity in root.Elements("Entities").Elements("Entity"))
        {
            InOrder(entity, ExportOrder.Entity, strict: true, problems);
            foreach (var info in entity.Elements("EntityInfo").Elements("entity").Where(e => e.Element("EntitySetName") is not null))
            {
                InOrder(info, ExportOrder.EntityInfo, strict: true, problems);
            }

            foreach (var attribute in entity.Descendants("attributes").Elements("attribute"))
            {
                InOrder(attribute, ExportOrder.AttributeCommon, strict: false, problems);
                var last = attribute.Elements().Select(e => e.Name.LocalName).TakeLast(2).ToList();
                if (!last.SequenceEqual(["displaynames", "Descriptions"]))
                {
                    problems.Add($"{XmlPaths.Of(attribute)} must end with displaynames and Descriptions, as exports write it.");
                }
            }

            foreach (var view in entity.Descendants("savedquery"))
            {
                InOrder(view, ExportOrder.SavedQuery, strict: true, problems);
            }
        }

        foreach (var relationship in root.Elements("EntityRelationships").Elements("EntityRelationship"))
        {
            InOrder(relationship, ExportOrder.EntityRelationship, strict: true, problems);
        }

        foreach (var assembly in root.Elements("SolutionPluginAssemblies").Elements("PluginAssembly"))
        {
            InOrder(assembly, ExportOrder.PluginAssembly, strict: true, problems);
        }

        foreach (var step in root.Elements("SdkMessageProcessingSteps").Elements("SdkMessageProcessingStep"))
        {
            InOrder(step, ExportOrder.Step, strict: true, problems);
            foreach (var image in step.Descendants("SdkMessageProcessingStepImage"))
            {
                InOrder(image, ExportOrder.StepImage, strict: true, problems);
            }
        }

        foreach (var role in root.Elements("Roles").Elements("Role"))
        {
            InOrder(role, ExportOrder.Role, strict: true, problems);
        }

        return problems;
    }

    /// <summary>
    /// Known children must follow <paramref name="order"/>. With <paramref name="strict"/> every child must be known;
    /// otherwise unknown children (type-specific ones) may only follow the known ones.
    /// </summary>
    private static void InOrder(XElement parent, IReadOnlyList<string> order, bool strict, List<string> problems)
    {
        var last = -1;
        string? lastName = null;
        var seenUnknown = false;
        foreach (var child in parent.Elements())
        {
            var name = child.Name.LocalName;
            var index = IndexOf(order, name);
            if (index < 0)
            {
                if (strict)
                {
                    var near = order.FirstOrDefault(o => string.Equals(o, name, StringComparison.OrdinalIgnoreCase));
                    problems.Add(near is null
                        ? $"{XmlPaths.Of(parent)} has the child <{name}>, which a real export does not write there."
                        : $"{XmlPaths.Of(parent)} has the child <{name}>; the export spells it <{near}> (names are case-sensitive).");
                }

                seenUnknown = true;
                continue;
            }

            if (index <= last || (seenUnknown && !strict))
            {
                problems.Add($"{XmlPaths.Of(parent)}: <{name}> comes after <{lastName ?? "a type-specific element"}>, but a real export writes it earlier (order: {string.Join(", ", order)}).");
            }

            last = index;
            lastName = name;
        }
    }

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (string.Equals(order[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
