using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.SolutionModel.Tables;

/// <summary>One table: its identity, labels, ownership and every column (explicit and implied system columns).</summary>
public sealed record TableDefinition
{
    public required string LogicalName { get; init; }
    public required Label DisplayName { get; init; }
    public required Label PluralName { get; init; }
    public Label? Description { get; init; }
    public OwnershipType Ownership { get; init; } = OwnershipType.UserOwned;

    /// <summary>Defined by this solution; false for the system tables the solution only touches.</summary>
    public bool IsCustom { get; init; }

    public required string PrimaryIdAttribute { get; init; }
    public required string PrimaryNameAttribute { get; init; }

    /// <summary>Every column, system columns included, in declaration order.</summary>
    public required IReadOnlyList<ColumnDefinition> Columns { get; init; }

    public ColumnDefinition? FindColumn(string logicalName) =>
        Columns.FirstOrDefault(c => string.Equals(c.LogicalName, logicalName, StringComparison.Ordinal));

    public bool HasColumn(string logicalName) => FindColumn(logicalName) is not null;
}
