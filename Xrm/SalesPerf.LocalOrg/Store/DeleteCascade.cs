using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// What deleting a row does to the rows that point at it. The solution metadata carries no relationship
/// behaviours, so the rule is fixed: sales order and invoice lines are parental (deleted with their header),
/// team memberships go with their team or user, and every other lookup to the row is cleared (the default
/// "remove link" behaviour of custom 1:N relationships). Restrict behaviours are not modelled.
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

    public void Apply(TableDefinition table, Entity deleted)
    {
        foreach (var (childTable, column) in _org.Metadata.LookupsTo(table.LogicalName).ToList())
        {
            foreach (var child in _org.Store.Rows(childTable.LogicalName)
                .Where(r => r.GetAttributeValue<EntityReference>(column.LogicalName) is EntityReference reference
                    && reference.Id == deleted.Id && string.Equals(reference.LogicalName, table.LogicalName, StringComparison.OrdinalIgnoreCase))
                .ToList())
            {
                if (SalesTotals.IsLineTable(childTable.LogicalName) && SalesTotals.LineMapOf(childTable.LogicalName).Lookup == column.LogicalName)
                {
                    _org.Store.Remove(childTable.LogicalName, child.Id);
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
            foreach (var membership in _org.Store.Rows("teammembership").Where(m => m.GetAttributeValue<Guid>(key) == deleted.Id).ToList())
            {
                _org.Store.Remove("teammembership", membership.Id);
            }
        }
    }
}
