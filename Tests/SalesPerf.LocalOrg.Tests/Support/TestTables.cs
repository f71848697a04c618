using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Tests.Support;

/// <summary>A test-only custom table with one column of each kind the store checks.</summary>
public static class TestTables
{
    private static readonly Label L = new("x", "x");

    public static TableDefinition Widget { get; } = new()
    {
        LogicalName = "test_widget",
        DisplayName = L,
        PluralName = L,
        IsCustom = true,
        PrimaryIdAttribute = "test_widgetid",
        PrimaryNameAttribute = "test_name",
        Columns = Columns(),
    };

    private static List<ColumnDefinition> Columns() =>
    [
        new() { LogicalName = "test_widgetid", Type = ColumnType.PrimaryKey, DisplayName = L, IsValidForUpdate = false },
        new() { LogicalName = "test_name", Type = ColumnType.String, DisplayName = L, MaxLength = 20 },
        new() { LogicalName = "test_count", Type = ColumnType.Integer, DisplayName = L, MinValue = 0, MaxValue = 100 },
        new() { LogicalName = "test_ratio", Type = ColumnType.Decimal, DisplayName = L, Precision = 2, MinValue = -1000, MaxValue = 1000 },
        new() { LogicalName = "test_amount", Type = ColumnType.Money, DisplayName = L, MinValue = 0, MaxValue = 1_000_000_000 },
        new() { LogicalName = "test_amount_base", Type = ColumnType.Money, DisplayName = L, IsPlatformMaintained = true, IsBaseCurrencyCompanion = true, BaseCurrencyOf = "test_amount", IsValidForCreate = false, IsValidForUpdate = false },
        new() { LogicalName = "test_kind", Type = ColumnType.Choice, DisplayName = L, Options = [new(100000000, "A", L), new(100000001, "B", L)] },
        new() { LogicalName = "test_accountid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["account"] },
        new() { LogicalName = "test_due", Type = ColumnType.DateTime, DisplayName = L, DateBehavior = DateTimeBehavior.DateOnly },
        new() { LogicalName = "test_when", Type = ColumnType.DateTime, DisplayName = L, DateBehavior = DateTimeBehavior.UserLocal },
        Platform("createdon", ColumnType.DateTime),
        Platform("modifiedon", ColumnType.DateTime),
        Platform("createdby", ColumnType.Lookup, "systemuser"),
        Platform("modifiedby", ColumnType.Lookup, "systemuser"),
        new() { LogicalName = "ownerid", Type = ColumnType.Owner, DisplayName = L, Targets = ["systemuser", "team"] },
        Platform("owninguser", ColumnType.Lookup, "systemuser"),
        Platform("owningteam", ColumnType.Lookup, "team"),
        new() { LogicalName = "owningbusinessunit", Type = ColumnType.Lookup, DisplayName = L, Targets = ["businessunit"] },
        Platform("versionnumber", ColumnType.BigInt),
        new() { LogicalName = "transactioncurrencyid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["transactioncurrency"] },
        new() { LogicalName = "exchangerate", Type = ColumnType.Decimal, DisplayName = L, Precision = 10, IsPlatformMaintained = true, IsValidForCreate = false, IsValidForUpdate = false },
        new()
        {
            LogicalName = "statecode", Type = ColumnType.State, DisplayName = L, IsValidForCreate = false,
            Options = [new(0, "Active", L), new(1, "Inactive", L)],
        },
        new()
        {
            LogicalName = "statuscode", Type = ColumnType.Status, DisplayName = L,
            Options = [new(1, "Active", L, 0, true), new(2, "Inactive", L, 1, true)],
        },
    ];

    private static ColumnDefinition Platform(string name, ColumnType type, string? target = null) => new()
    {
        LogicalName = name,
        Type = type,
        DisplayName = L,
        Targets = target is null ? [] : [target],
        IsPlatformMaintained = true,
        IsValidForCreate = false,
        IsValidForUpdate = false,
    };
}
