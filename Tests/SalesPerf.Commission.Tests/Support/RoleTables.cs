using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Commission.Tests.Support;

/// <summary><c>role</c> and <c>systemuserroles</c>, which the local organisation lacks: enough for the statement admin rule.</summary>
public static class RoleTables
{
    private static readonly Label L = new("x", "x");

    public static IReadOnlyCollection<TableDefinition> All { get; } =
    [
        new()
        {
            LogicalName = "role",
            DisplayName = L,
            PluralName = L,
            Ownership = OwnershipType.OrganizationOwned,
            PrimaryIdAttribute = "roleid",
            PrimaryNameAttribute = "name",
            Columns =
            [
                new() { LogicalName = "roleid", Type = ColumnType.PrimaryKey, DisplayName = L, IsValidForUpdate = false },
                new() { LogicalName = "name", Type = ColumnType.String, DisplayName = L, MaxLength = 100 },
                new() { LogicalName = "businessunitid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["businessunit"] },
            ],
        },
        new()
        {
            LogicalName = "systemuserroles",
            DisplayName = L,
            PluralName = L,
            Ownership = OwnershipType.OrganizationOwned,
            PrimaryIdAttribute = "systemuserroleid",
            PrimaryNameAttribute = "systemuserroleid",
            Columns =
            [
                new() { LogicalName = "systemuserroleid", Type = ColumnType.PrimaryKey, DisplayName = L, IsValidForUpdate = false },
                new() { LogicalName = "systemuserid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["systemuser"] },
                new() { LogicalName = "roleid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["role"] },
            ],
        },
    ];
}
