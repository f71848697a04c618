using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Query.Execution;

/// <summary>Reads a column of a stored row; the primary key falls back to <see cref="Entity.Id"/> when not stored as a column.</summary>
internal static class StoredValue
{
    public static object? Read(Entity? row, ColumnDefinition column, TableDefinition table)
    {
        if (row is null)
        {
            return null;
        }

        if (row.Attributes.TryGetValue(column.LogicalName, out var value) && value is not null)
        {
            return value;
        }

        return column.LogicalName == table.PrimaryIdAttribute && row.Id != System.Guid.Empty ? row.Id : null;
    }
}
