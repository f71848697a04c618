using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// An organisation's own survey table, unknown to SalesPerf (as a customer-voice or third-party survey table is):
/// a decimal rating, a date-only answered-on, a Customer column (account or contact), a lookup to account only, a text
/// and a lookup to a price list, plus the usual system columns.
/// </summary>
public static class SurveyAnswerTable
{
    public const string Name = "new_surveyanswer";

    private static readonly Label L = new("Survey answer", "调查答复");

    public static TableDefinition Definition { get; } = new()
    {
        LogicalName = Name,
        DisplayName = L,
        PluralName = L,
        IsCustom = true,
        PrimaryIdAttribute = "new_surveyanswerid",
        PrimaryNameAttribute = "new_name",
        Columns =
        [
            new() { LogicalName = "new_surveyanswerid", Type = ColumnType.PrimaryKey, DisplayName = L, IsValidForUpdate = false },
            new() { LogicalName = "new_name", Type = ColumnType.String, DisplayName = L, MaxLength = 100 },
            new() { LogicalName = "new_rating", Type = ColumnType.Decimal, DisplayName = L, Precision = 2, MinValue = 0, MaxValue = 100 },
            new() { LogicalName = "new_stars", Type = ColumnType.Integer, DisplayName = L, MinValue = 0, MaxValue = 5 },
            new() { LogicalName = "new_answeredon", Type = ColumnType.DateTime, DisplayName = L, DateBehavior = DateTimeBehavior.DateOnly },
            new() { LogicalName = "new_customerid", Type = ColumnType.Customer, DisplayName = L, Targets = ["account", "contact"] },
            new() { LogicalName = "new_accountid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["account"] },
            new() { LogicalName = "new_pricelevelid", Type = ColumnType.Lookup, DisplayName = L, Targets = ["pricelevel"] },
            new() { LogicalName = "new_comment", Type = ColumnType.String, DisplayName = L, MaxLength = 200 },
            Platform("createdon", ColumnType.DateTime),
            Platform("modifiedon", ColumnType.DateTime),
            Platform("createdby", ColumnType.Lookup, "systemuser"),
            Platform("modifiedby", ColumnType.Lookup, "systemuser"),
            new() { LogicalName = "ownerid", Type = ColumnType.Owner, DisplayName = L, Targets = ["systemuser", "team"] },
            Platform("owninguser", ColumnType.Lookup, "systemuser"),
            Platform("owningteam", ColumnType.Lookup, "team"),
            new() { LogicalName = "owningbusinessunit", Type = ColumnType.Lookup, DisplayName = L, Targets = ["businessunit"] },
            Platform("versionnumber", ColumnType.BigInt),
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
        ],
    };

    public static IReadOnlyCollection<TableDefinition> Tables { get; } = [Definition];

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
