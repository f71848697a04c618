using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Loading;

/// <summary>
/// The columns Dataverse adds to every table by itself (solution-format.md 4.4 and 4.6): the primary key, audit,
/// ownership and bookkeeping columns, and the currency columns of a table with money. Flags follow a real export.
/// </summary>
internal static class ImpliedColumns
{
    public static ColumnDefinition PrimaryKey(string logicalName, Label tableName) => new()
    {
        LogicalName = logicalName,
        Type = ColumnType.PrimaryKey,
        DisplayName = tableName,
        Description = new Label("Unique identifier of the row.", "行的唯一标识符。"),
        Required = RequiredLevel.SystemRequired,
        IsValidForUpdate = false,
    };

    /// <summary>Audit, ownership and bookkeeping columns, in the order the loader appends them.</summary>
    public static IEnumerable<ColumnDefinition> Standard(OwnershipType ownership, string primaryIdAttribute)
    {
        yield return Platform("createdon", ColumnType.DateTime, new Label("Created On", "创建时间"), dateTime: true);
        yield return Platform("createdby", ColumnType.Lookup, new Label("Created By", "创建者"), "systemuser");
        yield return Platform("modifiedon", ColumnType.DateTime, new Label("Modified On", "修改时间"), dateTime: true);
        yield return Platform("modifiedby", ColumnType.Lookup, new Label("Modified By", "修改者"), "systemuser");
        yield return Platform("createdonbehalfby", ColumnType.Lookup, new Label("Created By (Delegate)", "创建者(代理)"), "systemuser");
        yield return Platform("modifiedonbehalfby", ColumnType.Lookup, new Label("Modified By (Delegate)", "修改者(代理)"), "systemuser");

        if (ownership == OwnershipType.UserOwned)
        {
            yield return new ColumnDefinition
            {
                LogicalName = "ownerid",
                Type = ColumnType.Owner,
                DisplayName = new Label("Owner", "负责人"),
                Description = new Label("The user or team who owns the row.", "拥有该行的用户或团队。"),
                Required = RequiredLevel.SystemRequired,
                Targets = ["systemuser", "team"],
            };
            yield return Platform("owninguser", ColumnType.Lookup, new Label("Owning User", "负责用户"), "systemuser");
            yield return Platform("owningteam", ColumnType.Lookup, new Label("Owning Team", "负责团队"), "team");

            // A real export marks OwningBusinessUnit valid for create and update (modernised business units);
            // when the caller leaves it empty the platform takes the owner's business unit.
            yield return new ColumnDefinition
            {
                LogicalName = "owningbusinessunit",
                Type = ColumnType.Lookup,
                DisplayName = new Label("Owning Business Unit", "负责业务部门"),
                Targets = ["businessunit"],
            };
        }
        else if (primaryIdAttribute != "organizationid")
        {
            yield return Platform("organizationid", ColumnType.Lookup, new Label("Organization", "组织"), "organization");
        }

        yield return Platform("versionnumber", ColumnType.BigInt, new Label("Version Number", "版本号"));
        yield return new ColumnDefinition
        {
            LogicalName = "importsequencenumber",
            Type = ColumnType.Integer,
            DisplayName = new Label("Import Sequence Number", "导入序列号"),
            MinValue = int.MinValue,
            MaxValue = int.MaxValue,
            IsValidForUpdate = false,
        };
        yield return new ColumnDefinition
        {
            LogicalName = "overriddencreatedon",
            Type = ColumnType.DateTime,
            DisplayName = new Label("Record Created On", "记录创建时间"),
            DateBehavior = DateTimeBehavior.UserLocal,
            Format = "date",
            IsValidForUpdate = false,
        };
        yield return TimeZoneNumber("timezoneruleversionnumber", new Label("Time Zone Rule Version Number", "时区规则版本号"));
        yield return TimeZoneNumber("utcconversiontimezonecode", new Label("UTC Conversion Time Zone Code", "UTC 转换时区代码"));
    }

    public static ColumnDefinition TransactionCurrency() => new()
    {
        LogicalName = "transactioncurrencyid",
        Type = ColumnType.Lookup,
        DisplayName = new Label("Currency", "货币"),
        Description = new Label("The currency of the row's money columns.", "该行金额列所用的货币。"),
        Targets = ["transactioncurrency"],
    };

    public static ColumnDefinition ExchangeRate() => new()
    {
        LogicalName = "exchangerate",
        Type = ColumnType.Decimal,
        DisplayName = new Label("Exchange Rate", "汇率"),
        Description = new Label("Rate of the row's currency to the base currency.", "该行货币相对于本位币的汇率。"),
        Precision = 10,
        MinValue = 0.0000000001m,
        MaxValue = 100_000_000_000m,
        IsPlatformMaintained = true,
        IsValidForCreate = false,
        IsValidForUpdate = false,
    };

    public static ColumnDefinition BaseCompanion(ColumnDefinition money) => new()
    {
        LogicalName = money.LogicalName + "_base",
        Type = ColumnType.Money,
        DisplayName = new Label(money.DisplayName.English + " (Base)", money.DisplayName.Chinese + "(本位币)"),
        Description = new Label(
            $"Value of {money.DisplayName.English} in the base currency.",
            $"{money.DisplayName.Chinese}按本位币计的金额。"),
        Precision = money.Precision,
        MinValue = money.MinValue,
        MaxValue = money.MaxValue,
        IsCustom = money.IsCustom,
        IsComputed = false,
        IsPlatformMaintained = true,
        IsBaseCurrencyCompanion = true,
        BaseCurrencyOf = money.LogicalName,
        IsValidForCreate = false,
        IsValidForUpdate = false,
    };

    public static ColumnDefinition StateCode(IReadOnlyList<ChoiceOption> states) => new()
    {
        LogicalName = "statecode",
        Type = ColumnType.State,
        DisplayName = new Label("Status", "状态"),
        Description = new Label("Whether the row is active or inactive.", "该行处于活动还是停用状态。"),
        Required = RequiredLevel.SystemRequired,
        Options = states,
        IsValidForCreate = false,
    };

    public static ColumnDefinition StatusCode(IReadOnlyList<ChoiceOption> statuses) => new()
    {
        LogicalName = "statuscode",
        Type = ColumnType.Status,
        DisplayName = new Label("Status Reason", "状态原因"),
        Description = new Label("The reason for the row's status.", "该行状态的原因。"),
        Options = statuses,
    };

    private static ColumnDefinition Platform(string name, ColumnType type, Label label, string? target = null, bool dateTime = false) => new()
    {
        LogicalName = name,
        Type = type,
        DisplayName = label,
        Targets = target is null ? [] : [target],
        DateBehavior = dateTime ? DateTimeBehavior.UserLocal : null,
        Format = dateTime ? "datetime" : null,
        IsPlatformMaintained = true,
        IsValidForCreate = false,
        IsValidForUpdate = false,
    };

    private static ColumnDefinition TimeZoneNumber(string name, Label label) => new()
    {
        LogicalName = name,
        Type = ColumnType.Integer,
        DisplayName = label,
        MinValue = -1,
        MaxValue = int.MaxValue,
    };
}
