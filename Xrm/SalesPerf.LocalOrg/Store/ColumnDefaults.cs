using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Store;

/// <summary>
/// The value a new row takes for a column the caller left out. Two kinds:
/// <list type="bullet">
/// <item>the platform's metadata defaults, which Dataverse writes into the Create Target before the first stage
/// (published remote execution contexts; README "Column defaults on Create"): every Boolean (its declared default,
/// else No/false, as the packer exports it) and every Choice that declares a default;</item>
/// <item>the solution source's numeric defaults (Integer, Decimal, Money ...), which have no Dataverse metadata
/// counterpart and are applied by the store in the main operation only.</item>
/// </list>
/// </summary>
internal static class ColumnDefaults
{
    /// <summary>The column names added: the platform's defaults of the columns <paramref name="target"/> does not carry.</summary>
    public static IReadOnlyList<string> AddPlatformDefaults(TableDefinition table, Entity target)
    {
        var added = new List<string>();
        foreach (var column in table.Columns.Where(c => !target.Contains(c.LogicalName)))
        {
            if (PlatformDefault(column) is { } value)
            {
                target[column.LogicalName] = value;
                added.Add(column.LogicalName);
            }
        }

        return added;
    }

    /// <summary>Every default a new row gets in the main operation: the platform's and the solution source's numeric ones.</summary>
    public static void ApplyToNewRow(TableDefinition table, Entity row)
    {
        foreach (var column in table.Columns.Where(c => !row.Contains(c.LogicalName)))
        {
            if ((PlatformDefault(column) ?? DeclaredNumber(column)) is { } value)
            {
                row[column.LogicalName] = value;
            }
        }
    }

    /// <summary>
    /// BooleanAttributeMetadata always has a default (false unless declared); a Choice has one only when declared
    /// (the packer exports -1, "none", otherwise). Columns the platform maintains itself are never defaulted this way.
    /// </summary>
    public static object? PlatformDefault(ColumnDefinition column)
    {
        if (column.IsPlatformMaintained)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.Boolean => column.DefaultValue is decimal flag && flag != 0m,
            ColumnType.Choice when column.DefaultValue is decimal option => new OptionSetValue((int)option),
            _ => null,
        };
    }

    private static object? DeclaredNumber(ColumnDefinition column)
    {
        if (column.DefaultValue is not decimal value)
        {
            return null;
        }

        return column.Type switch
        {
            ColumnType.Integer => (int)value,
            ColumnType.BigInt => (long)value,
            ColumnType.Decimal => value,
            ColumnType.Double => (double)value,
            ColumnType.Money => new Money(value),
            _ => null,
        };
    }
}
