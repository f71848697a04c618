using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// SchemaNames (mixed case) for the places that need them (solution-format 16.3). A custom table or column uses
/// its logical name as SchemaName: the source records no casing, and deriving one from a label would let a label
/// edit rename a component that Dataverse cannot rename. Platform tables and columns use the platform's casing.
/// </summary>
public static class SchemaNames
{
    private static readonly FrozenDictionary<string, string> SystemTables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["account"] = "Account",
        ["appointment"] = "Appointment",
        ["businessunit"] = "BusinessUnit",
        ["contact"] = "Contact",
        ["invoice"] = "Invoice",
        ["invoicedetail"] = "InvoiceDetail",
        ["lead"] = "Lead",
        ["opportunity"] = "Opportunity",
        ["opportunityclose"] = "OpportunityClose",
        ["phonecall"] = "PhoneCall",
        ["orderclose"] = "OrderClose",
        ["organization"] = "Organization",
        ["pricelevel"] = "PriceLevel",
        ["product"] = "Product",
        ["role"] = "Role",
        ["salesorder"] = "SalesOrder",
        ["salesorderdetail"] = "SalesOrderDetail",
        ["systemuser"] = "SystemUser",
        ["systemuserroles"] = "SystemUserRoles",
        ["team"] = "Team",
        ["teammembership"] = "TeamMembership",
        ["transactioncurrency"] = "TransactionCurrency",
        ["uom"] = "UoM",
        ["uomschedule"] = "UoMSchedule",
        ["usersettings"] = "UserSettings",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> SystemColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["createdby"] = "CreatedBy",
        ["createdon"] = "CreatedOn",
        ["createdonbehalfby"] = "CreatedOnBehalfBy",
        ["exchangerate"] = "ExchangeRate",
        ["importsequencenumber"] = "ImportSequenceNumber",
        ["modifiedby"] = "ModifiedBy",
        ["modifiedon"] = "ModifiedOn",
        ["modifiedonbehalfby"] = "ModifiedOnBehalfBy",
        ["organizationid"] = "OrganizationId",
        ["overriddencreatedon"] = "OverriddenCreatedOn",
        ["ownerid"] = "OwnerId",
        ["owningbusinessunit"] = "OwningBusinessUnit",
        ["owningteam"] = "OwningTeam",
        ["owninguser"] = "OwningUser",
        ["statecode"] = "statecode",
        ["statuscode"] = "statuscode",
        ["timezoneruleversionnumber"] = "TimeZoneRuleVersionNumber",
        ["transactioncurrencyid"] = "TransactionCurrencyId",
        ["utcconversiontimezonecode"] = "UTCConversionTimeZoneCode",
        ["versionnumber"] = "VersionNumber",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Table(string logicalName) =>
        SystemTables.TryGetValue(logicalName, out var schema) ? schema : logicalName;

    public static string Table(TableDefinition table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.IsCustom ? table.LogicalName : Table(table.LogicalName);
    }

    public static string Column(TableDefinition table, ColumnDefinition column)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(column);
        if (column.IsBaseCurrencyCompanion && column.BaseCurrencyOf is not null)
        {
            // A real export names the companion after the lower-case money column: apollo_amount_Base (solution-format 4.4).
            return column.BaseCurrencyOf + "_Base";
        }

        if (column.IsCustom || column.LogicalName == table.PrimaryIdAttribute)
        {
            return column.LogicalName;
        }

        return SystemColumns.TryGetValue(column.LogicalName, out var schema) ? schema : column.LogicalName;
    }

    /// <summary>The logical names of the platform tables whose SchemaName is known.</summary>
    public static IEnumerable<string> KnownSystemTables => SystemTables.Keys;
}
