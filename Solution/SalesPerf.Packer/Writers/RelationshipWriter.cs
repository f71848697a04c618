using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// The root <c>EntityRelationships</c> section: one relationship per lookup target of a custom column (that is what
/// names a lookup's table, solution-format 4.5) and the system relationships of each custom table (4.6), by name.
/// </summary>
public static class RelationshipWriter
{
    public static IEnumerable<XElement> Write(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Relationships(context)
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(Element);
    }

    public static IEnumerable<RelationshipDefinition> Relationships(PackContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var table in context.CustomTables)
        {
            foreach (var relationship in SystemRelationships(table))
            {
                yield return relationship;
            }
        }

        foreach (var table in context.CustomTables.Concat(context.ExtendedSystemTables))
        {
            var lookups = table.Columns.Where(c => c.IsCustom && c.Type is ColumnType.Lookup or ColumnType.Customer);
            foreach (var lookup in lookups)
            {
                foreach (var target in lookup.Targets)
                {
                    yield return new RelationshipDefinition
                    {
                        Name = LookupRelationshipName(table, lookup, target),
                        ReferencingEntity = SchemaNames.Table(table),
                        ReferencedEntity = SchemaNames.Table(context.Input.Metadata.Table(target)),
                        ReferencingAttribute = SchemaNames.Column(table, lookup),
                        CascadeDelete = lookup.CascadeDelete.ToString(),
                        Description = lookup.DisplayName.English,
                        IsHierarchical = lookup.IsHierarchical,
                    };
                }
            }
        }
    }

    /// <summary><c>&lt;table&gt;_&lt;column without prefix&gt;_&lt;target&gt;</c>, the form a maker-created lookup gets (Apollo: apollo_invoiceline_ParentInvoice_apollo_apolloinvoice).</summary>
    public static string LookupRelationshipName(TableDefinition table, ColumnDefinition lookup, string target)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(lookup);
        var separator = lookup.LogicalName.IndexOf('_', StringComparison.Ordinal);
        var column = separator >= 0 ? lookup.LogicalName[(separator + 1)..] : lookup.LogicalName;
        var owner = table.IsCustom ? table.LogicalName : "spm_" + table.LogicalName;
        return owner + "_" + column + "_" + target;
    }

    private static IEnumerable<RelationshipDefinition> SystemRelationships(TableDefinition table)
    {
        var entity = SchemaNames.Table(table);
        var name = table.LogicalName;

        RelationshipDefinition System(string relationship, string referenced, string column, string cascadeDelete) => new()
        {
            Name = relationship,
            ReferencingEntity = entity,
            ReferencedEntity = referenced,
            ReferencingAttribute = column,
            CascadeDelete = cascadeDelete,
            IsSystem = true,
            WritesRollupView = false,
            Description = table.FindColumn(column.ToLowerInvariant())?.Description?.English,
        };

        yield return System("lk_" + name + "_createdby", "SystemUser", "CreatedBy", "NoCascade");
        yield return System("lk_" + name + "_modifiedby", "SystemUser", "ModifiedBy", "NoCascade");
        if (table.Ownership == OwnershipType.UserOwned)
        {
            yield return System("business_unit_" + name, "BusinessUnit", "OwningBusinessUnit", "Restrict");
            yield return System("owner_" + name, "Owner", "OwnerId", "NoCascade");
            yield return System("team_" + name, "Team", "OwningTeam", "NoCascade");
            yield return System("user_" + name, "SystemUser", "OwningUser", "NoCascade");
        }
        else
        {
            yield return System("organization_" + name, "Organization", "OrganizationId", "NoCascade");
        }

        if (table.HasColumn("transactioncurrencyid"))
        {
            yield return System("TransactionCurrency_" + entity, "TransactionCurrency", "TransactionCurrencyId", "Restrict") with { WritesRollupView = true };
        }
    }

    private static XElement Element(RelationshipDefinition r)
    {
        var cascadeDefault = "NoCascade";
        var element = new XElement(
            "EntityRelationship",
            new XAttribute("Name", r.Name),
            new XElement("EntityRelationshipType", "OneToMany"),
            new XElement("IsCustomizable", "1"),
            new XElement("IntroducedVersion", PackContext.IntroducedVersion),
            new XElement("IsHierarchical", r.IsHierarchical ? "1" : "0"),
            new XElement("ReferencingEntityName", r.ReferencingEntity),
            new XElement("ReferencedEntityName", r.ReferencedEntity),
            new XElement("CascadeAssign", cascadeDefault),
            new XElement("CascadeDelete", r.CascadeDelete),
            new XElement("CascadeArchive", r.CascadeDelete),
            new XElement("CascadeReparent", cascadeDefault),
            new XElement("CascadeShare", cascadeDefault),
            new XElement("CascadeUnshare", cascadeDefault));
        if (r.WritesRollupView)
        {
            element.Add(new XElement("CascadeRollupView", cascadeDefault));
        }

        if (!r.IsSystem)
        {
            element.Add(new XElement("IsValidForAdvancedFind", "1"));
        }

        element.Add(new XElement("ReferencingAttributeName", r.ReferencingAttribute));
        element.Add(new XElement("RelationshipDescription", new XElement(
            "Descriptions",
            new XElement("Description", new XAttribute("description", r.Description ?? ""), new XAttribute("languagecode", "1033")))));
        if (!r.IsSystem)
        {
            element.Add(new XElement(
                "EntityRelationshipRoles",
                new XElement(
                    "EntityRelationshipRole",
                    new XElement("NavPaneDisplayOption", "UseCollectionName"),
                    new XElement("NavPaneArea", "Details"),
                    new XElement("NavPaneOrder", "10000"),
                    new XElement("NavigationPropertyName", r.ReferencingAttribute),
                    new XElement("RelationshipRoleType", "1")),
                new XElement(
                    "EntityRelationshipRole",
                    new XElement("NavigationPropertyName", r.Name),
                    new XElement("RelationshipRoleType", "0"))));
        }

        return element;
    }
}
