using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// A relationship marked <c>IsHierarchical</c> 1 is self-referential (a 1:N from a table to itself), and a table has
/// at most one: the platform calls it "the designated hierarchical self-referential relationship for this entity"
/// (OneToManyRelationshipMetadata.IsHierarchical) and the hierarchy operators (under, eq-or-under, above, eq-or-above,
/// not-under) follow that one relationship. A value other than 0 or 1 is left to the schema check.
/// </summary>
public sealed class HierarchicalRelationshipCheck : IPackageCheck
{
    public const string RuleName = "hierarchical-relationships";

    public string Rule => RuleName;

    public IEnumerable<string> Check(SolutionPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var hierarchical = package.Customizations?.Root?.Element("EntityRelationships")?.Elements("EntityRelationship")
            .Where(r => ((string?)r.Element("IsHierarchical"))?.Trim() == "1")
            .Select(r => (
                Name: (string?)r.Attribute("Name") ?? "(unnamed)",
                From: ((string?)r.Element("ReferencingEntityName") ?? string.Empty).Trim(),
                To: ((string?)r.Element("ReferencedEntityName") ?? string.Empty).Trim()))
            .ToList() ?? [];
        foreach (var relationship in hierarchical.Where(r => !string.Equals(r.From, r.To, StringComparison.OrdinalIgnoreCase)))
        {
            yield return $"relationship {relationship.Name} is hierarchical but relates {relationship.From} to {relationship.To}; only a self-referential 1:N relationship (a table to itself) can be hierarchical.";
        }

        foreach (var table in hierarchical.Where(r => string.Equals(r.From, r.To, StringComparison.OrdinalIgnoreCase))
                     .GroupBy(r => r.From, StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Count() > 1))
        {
            yield return $"table {table.Key} has {table.Count()} hierarchical relationships ({string.Join(", ", table.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal))}); a table has at most one.";
        }
    }
}
