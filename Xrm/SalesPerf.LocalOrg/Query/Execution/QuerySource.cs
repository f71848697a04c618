using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>One table in a query: the root (slot 0) or a link entity, under the alias its columns and conditions use.</summary>
internal sealed record QuerySource(int Slot, string Alias, TableDefinition Table, LinkEntity? Link, int ParentSlot)
{
    public ColumnDefinition Column(string name) =>
        Table.FindColumn(name.ToLowerInvariant()) ?? throw OrganizationFaults.UnknownColumn(Table.LogicalName, name);
}
