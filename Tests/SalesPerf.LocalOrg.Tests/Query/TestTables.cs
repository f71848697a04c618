using System.Collections.Generic;
using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Hand-made metadata for the query tests: account, contact and opportunity with the column types the engine handles.</summary>
public static class TestTables
{
    public static TableDefinition Account { get; } = Table("account", "accountid", "name",
        Column("accountid", ColumnType.PrimaryKey),
        Column("name", ColumnType.String),
        Column("accountnumber", ColumnType.String),
        Column("description", ColumnType.Memo),
        Column("revenue", ColumnType.Money),
        Column("numberofemployees", ColumnType.Integer),
        Column("exchangerate", ColumnType.Decimal),
        Column("industrycode", ColumnType.Choice),
        Column("statecode", ColumnType.State),
        Column("donotemail", ColumnType.Boolean),
        Column("parentaccountid", ColumnType.Lookup, targets: ["account"]),
        Column("createdon", ColumnType.DateTime, DateTimeBehavior.UserLocal),
        Column("spm_reviewdate", ColumnType.DateTime, DateTimeBehavior.DateOnly),
        Column("spm_segments", ColumnType.MultiChoice));

    public static TableDefinition Contact { get; } = Table("contact", "contactid", "fullname",
        Column("contactid", ColumnType.PrimaryKey),
        Column("fullname", ColumnType.String),
        Column("emailaddress1", ColumnType.String),
        Column("parentcustomerid", ColumnType.Customer, targets: ["account", "contact"]),
        Column("numberofchildren", ColumnType.Integer),
        Column("createdon", ColumnType.DateTime, DateTimeBehavior.UserLocal));

    public static TableDefinition Opportunity { get; } = Table("opportunity", "opportunityid", "name",
        Column("opportunityid", ColumnType.PrimaryKey),
        Column("name", ColumnType.String),
        Column("estimatedvalue", ColumnType.Money),
        Column("actualvalue", ColumnType.Money),
        Column("closeprobability", ColumnType.Integer),
        Column("parentaccountid", ColumnType.Lookup, targets: ["account"]),
        Column("statecode", ColumnType.State),
        Column("actualclosedate", ColumnType.DateTime, DateTimeBehavior.DateOnly),
        Column("createdon", ColumnType.DateTime, DateTimeBehavior.UserLocal));

    public static IReadOnlyList<TableDefinition> All { get; } = [Account, Contact, Opportunity];

    private static TableDefinition Table(string name, string id, string primaryName, params ColumnDefinition[] columns) => new()
    {
        LogicalName = name,
        DisplayName = new Label(name, name),
        PluralName = new Label(name + "s", name + "s"),
        PrimaryIdAttribute = id,
        PrimaryNameAttribute = primaryName,
        Columns = columns.ToList(),
    };

    private static ColumnDefinition Column(string name, ColumnType type, DateTimeBehavior? behavior = null, IReadOnlyList<string>? targets = null) => new()
    {
        LogicalName = name,
        Type = type,
        DisplayName = new Label(name, name),
        DateBehavior = behavior,
        Targets = targets ?? [],
    };
}
