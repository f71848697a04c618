using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.Packer.Writers;

/// <summary>
/// Which <see cref="AttributeProfile"/> a column gets: the system columns of a custom table as the Apollo export
/// writes them (reference/entity-apollo_InvoiceLine.xml), and one profile for the solution's own columns.
/// </summary>
public static class AttributeProfiles
{
    private static readonly AttributeProfile SystemLookup = new() { IsAuditEnabled = false };

    private static readonly AttributeProfile SystemDate = new()
    {
        ImeMode = "inactive", IsAuditEnabled = false, IsFilterable = true, IsRetrievable = true, CanChangeDateTimeBehavior = false,
    };

    private static readonly AttributeProfile TimeZoneNumber = new() { DisplayMask = null, IsAuditEnabled = false, Format = "" };

    private static readonly AttributeProfile OwningPrincipal = new() { DisplayMask = null, IsAuditEnabled = false, IsLogical = true };

    public static AttributeProfile For(TableDefinition table, ColumnDefinition column)
    {
        if (column.LogicalName == table.PrimaryIdAttribute && column.Type == ColumnType.PrimaryKey)
        {
            return new AttributeProfile
            {
                DisplayMask = "ValidForAdvancedFind|RequiredForGrid",
                IsAuditEnabled = false,
                CanModifyRequirementLevelSettings = false,
                IsFilterable = true,
                IsRetrievable = true,
            };
        }

        if (column.IsBaseCurrencyCompanion)
        {
            return new AttributeProfile { ImeMode = "disabled", IsCustomField = column.IsCustom };
        }

        if (column.IsCustom)
        {
            return Custom(table, column);
        }

        return column.LogicalName switch
        {
            "createdby" or "modifiedby" or "createdonbehalfby" or "modifiedonbehalfby" or "organizationid" => SystemLookup,
            "createdon" or "modifiedon" => SystemDate,
            "overriddencreatedon" => new AttributeProfile
            {
                DisplayMask = "ValidForAdvancedFind|ValidForGrid", ImeMode = "inactive", CanChangeDateTimeBehavior = false,
            },
            "exchangerate" => new AttributeProfile { ImeMode = "disabled", MinValue = "1E-10", Accuracy = 12 },
            "importsequencenumber" => new AttributeProfile { DisplayMask = "ValidForAdvancedFind", ImeMode = "disabled", Format = "" },
            "ownerid" => new AttributeProfile
            {
                DisplayMask = AttributeProfile.StandardMask + "|RequiredForForm", IsFilterable = true,
            },
            "owningbusinessunit" => new AttributeProfile { RequiredLevel = "0", IsFilterable = true },
            "owningteam" or "owninguser" => OwningPrincipal,
            "statecode" => new AttributeProfile { IsFilterable = true },
            "timezoneruleversionnumber" or "utcconversiontimezonecode" => TimeZoneNumber,
            _ => new AttributeProfile(),
        };
    }

    private static AttributeProfile Custom(TableDefinition table, ColumnDefinition column)
    {
        var isPrimaryName = column.LogicalName == table.PrimaryNameAttribute;
        return new AttributeProfile
        {
            DisplayMask = isPrimaryName
                ? "PrimaryName|" + AttributeProfile.StandardMask + "|RequiredForForm"
                : AttributeProfile.StandardMask,
            ImeMode = column.Type is ColumnType.Lookup or ColumnType.Customer ? null : "auto",
            IsCustomField = true,
            IsSearchable = isPrimaryName,
            IsRetrievable = isPrimaryName,
        };
    }
}
