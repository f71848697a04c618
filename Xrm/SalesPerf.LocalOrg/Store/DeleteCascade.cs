using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// What deleting a row does to the rows that point at it, by each lookup's declared Delete cascade
/// (<see cref="ColumnDefinition.CascadeDelete"/>): <b>Restrict</b> refuses the delete while any row, active or inactive,
/// points at it (CannotDeleteDueToAssociation; nothing is removed); <b>Cascade</b> deletes the pointing rows with it
/// (each checked the same way); <b>RemoveLink</b>, the default, clears the lookup. Fixed rules where the metadata says
/// nothing: sales order and invoice lines are parental (deleted with their header), team memberships go with their team
/// or user.
/// </summary>
internal sealed class DeleteCascade
{
    private readonly OrganizationState _org;
    private readonly RowWriter _writer;

    public DeleteCascade(OrganizationState org, RowWriter writer)
    {
        _org = org;
        _writer = writer;
    }

    /// <summary>Faults when a Restrict lookup points at <paramref name="deleted"/>; call before anything is removed.</summary>
    public void RefuseRestricted(TableDefinition table, Entity deleted)
    {
        foreach (var (childTable, column) in Lookups(table, CascadeDeleteBehavior.Restrict))
        {
            if (Children(table, deleted, childTable, column).Any())
            {
                throw OrganizationFaults.CannotDeleteDueToAssociation(table.LogicalName, deleted.Id, childTable.LogicalName, column.LogicalName);
            }
        }
    }

    /// <summary>Applies the cascades of <paramref name="deleted"/>, which is already removed from the store.</summary>
    public void Apply(TableDefinition table, Entity deleted)
    {
        foreach (var (childTable, column) in _org.Metadata.LookupsTo(table.LogicalName).ToList())
        {
            foreach (var child in Children(table, deleted, childTable, column).ToList())
            {
                if (SalesTotals.IsLineTable(childTable.LogicalName) && SalesTotals.LineMapOf(childTable.LogicalName).Lookup == column.LogicalName)
                {
                    _org.Store.Remove(childTable.LogicalName, child.Id);
                }
                else if (column.CascadeDelete == CascadeDeleteBehavior.Cascade)
                {
                    if (_org.Store.Find(childTable.LogicalName, child.Id) is { } still)
                    {
                        RefuseRestricted(childTable, still);
                        _org.Store.Remove(childTable.LogicalName, child.Id);
                        Apply(childTable, still);
                    }
                }
                else
                {
                    var row = RowWriter.Clone(child);
                    row.Attributes.Remove(column.LogicalName);
                    _writer.Replace(row);
                }
            }
        }

        if (table.LogicalName is "team" or "systemuser" && _org.Metadata.HasTable("teammembership"))
        {
            var key = table.LogicalName == "team" ? "teamid" : "systemuserid";
            foreach (var membership in _org.Store.Referencing("teammembership", key, deleted.Id).Where(m => m.GetAttributeValue<Guid>(key) == deleted.Id).ToList())
            {
                _org.Store.Remove("teammembership", membership.Id);
            }
        }
    }

    private IEnumerable<(TableDefinition Table, ColumnDefinition Column)> Lookups(TableDefinition table, CascadeDeleteBehavior behavior) =>
        _org.Metadata.LookupsTo(table.LogicalName).Where(lookup => lookup.Column.CascadeDelete == behavior);

    private IEnumerable<Entity> Children(TableDefinition table, Entity deleted, TableDefinition childTable, ColumnDefinition column) =>
        _org.Store.Referencing(childTable.LogicalName, column.LogicalName, deleted.Id)
            .Where(r => r.GetAttributeValue<EntityReference>(column.LogicalName) is EntityReference reference
                && reference.Id == deleted.Id && string.Equals(reference.LogicalName, table.LogicalName, StringComparison.OrdinalIgnoreCase));
}
