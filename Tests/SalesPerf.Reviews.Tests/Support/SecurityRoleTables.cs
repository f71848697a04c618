using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Reviews.Tests.Support;

/// <summary>
/// <c>role</c> and <c>systemuserroles</c>, which the local organisation does not have (it grants no privileges): just
/// enough of them for the review plug-ins' admin rule, which reads a user's role names through <c>systemuserroles</c>.
/// </summary>
public static class SecurityRoleTables
{
    private static readonly Label L = new("x", "x");

    public static TableDefinition Role { get; } = new()
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
    };

    public static TableDefinition UserRoles { get; } = new()
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
    };

    public static IReadOnlyCollection<TableDefinition> All { get; } = [Role, UserRoles];
}
