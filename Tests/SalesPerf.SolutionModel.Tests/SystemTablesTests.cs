using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>The system tables SalesPerf touches, with the names, types and codes of dataverse-semantics.md sections 6 and 7.</summary>
public sealed class SystemTablesTests
{
    [Theory]
    [InlineData("systemuser", "systemuserid", "fullname")]
    [InlineData("businessunit", "businessunitid", "name")]
    [InlineData("team", "teamid", "name")]
    [InlineData("teammembership", "teammembershipid", "")]
    [InlineData("organization", "organizationid", "name")]
    [InlineData("usersettings", "systemuserid", "")]
    [InlineData("transactioncurrency", "transactioncurrencyid", "currencyname")]
    [InlineData("account", "accountid", "name")]
    [InlineData("contact", "contactid", "fullname")]
    [InlineData("product", "productid", "name")]
    [InlineData("uom", "uomid", "name")]
    [InlineData("uomschedule", "uomscheduleid", "name")]
    [InlineData("pricelevel", "pricelevelid", "name")]
    [InlineData("opportunity", "opportunityid", "name")]
    [InlineData("opportunityclose", "activityid", "subject")]
    [InlineData("salesorder", "salesorderid", "name")]
    [InlineData("salesorderdetail", "salesorderdetailid", "salesorderdetailname")]
    [InlineData("orderclose", "activityid", "subject")]
    [InlineData("invoice", "invoiceid", "name")]
    [InlineData("invoicedetail", "invoicedetailid", "invoicedetailname")]
    [InlineData("lead", "leadid", "fullname")]
    [InlineData("role", "roleid", "name")]
    [InlineData("systemuserroles", "systemuserroleid", "")]
    public void SystemTable_Keys_AreTheRealNames(string table, string primaryId, string primaryName)
    {
        var definition = RepositorySource.Metadata.Table(table);
        Assert.False(definition.IsCustom);
        Assert.Equal(primaryId, definition.PrimaryIdAttribute);
        Assert.Equal(primaryName, definition.PrimaryNameAttribute);
        Assert.Equal(ColumnType.PrimaryKey, RepositorySource.Column(table, primaryId).Type);
    }

    [Theory]
    [InlineData("opportunity", "customerid", ColumnType.Customer)]
    [InlineData("opportunity", "parentaccountid", ColumnType.Lookup)]
    [InlineData("opportunity", "closeprobability", ColumnType.Integer)]
    [InlineData("opportunity", "isrevenuesystemcalculated", ColumnType.Boolean)]
    [InlineData("opportunityclose", "opportunityid", ColumnType.Lookup)]
    [InlineData("opportunityclose", "actualrevenue", ColumnType.Money)]
    [InlineData("opportunityclose", "actualend", ColumnType.DateTime)]
    [InlineData("salesorder", "customerid", ColumnType.Customer)]
    [InlineData("salesorder", "opportunityid", ColumnType.Lookup)]
    [InlineData("salesorder", "discountpercentage", ColumnType.Decimal)]
    [InlineData("salesorder", "datefulfilled", ColumnType.DateTime)]
    [InlineData("salesorderdetail", "quantity", ColumnType.Decimal)]
    [InlineData("salesorderdetail", "priceperunit", ColumnType.Money)]
    [InlineData("salesorderdetail", "extendedamount", ColumnType.Money)]
    [InlineData("salesorderdetail", "isproductoverridden", ColumnType.Boolean)]
    [InlineData("invoice", "salesorderid", ColumnType.Lookup)]
    [InlineData("invoicedetail", "invoiceid", ColumnType.Lookup)]
    [InlineData("product", "currentcost", ColumnType.Money)]
    [InlineData("product", "standardcost", ColumnType.Money)]
    [InlineData("product", "defaultuomid", ColumnType.Lookup)]
    [InlineData("systemuser", "parentsystemuserid", ColumnType.Lookup)]
    [InlineData("systemuser", "businessunitid", ColumnType.Lookup)]
    [InlineData("systemuser", "isdisabled", ColumnType.Boolean)]
    [InlineData("businessunit", "parentbusinessunitid", ColumnType.Lookup)]
    [InlineData("team", "teamtype", ColumnType.Choice)]
    [InlineData("teammembership", "teamid", ColumnType.UniqueIdentifier)]
    [InlineData("teammembership", "systemuserid", ColumnType.UniqueIdentifier)]
    [InlineData("role", "businessunitid", ColumnType.Lookup)]
    [InlineData("systemuserroles", "systemuserid", ColumnType.UniqueIdentifier)]
    [InlineData("systemuserroles", "roleid", ColumnType.UniqueIdentifier)]
    [InlineData("transactioncurrency", "exchangerate", ColumnType.Decimal)]
    [InlineData("transactioncurrency", "currencyprecision", ColumnType.Integer)]
    [InlineData("organization", "basecurrencyid", ColumnType.Lookup)]
    [InlineData("organization", "fiscalcalendarstart", ColumnType.DateTime)]
    [InlineData("usersettings", "uilanguageid", ColumnType.Integer)]
    [InlineData("usersettings", "timezonecode", ColumnType.Integer)]
    public void SystemColumn_Type_IsTheDocumentedType(string table, string column, ColumnType type) =>
        Assert.Equal(type, RepositorySource.Column(table, column).Type);

    // (table, statecode, statuscode, is the state's default)
    [Theory]
    [InlineData("opportunity", 0, 1, true)]
    [InlineData("opportunity", 0, 2, false)]
    [InlineData("opportunity", 1, 3, true)]
    [InlineData("opportunity", 2, 4, true)]
    [InlineData("opportunity", 2, 5, false)]
    [InlineData("salesorder", 0, 1, true)]
    [InlineData("salesorder", 0, 2, false)]
    [InlineData("salesorder", 1, 3, true)]
    [InlineData("salesorder", 2, 4, true)]
    [InlineData("salesorder", 3, 100001, true)]
    [InlineData("salesorder", 3, 100002, false)]
    [InlineData("salesorder", 4, 100003, true)]
    [InlineData("invoice", 0, 1, true)]
    [InlineData("invoice", 2, 100001, true)]
    [InlineData("invoice", 2, 100002, false)]
    [InlineData("invoice", 3, 100003, true)]
    [InlineData("lead", 0, 1, true)]
    [InlineData("lead", 1, 3, true)]
    [InlineData("lead", 2, 4, true)]
    [InlineData("opportunityclose", 1, 2, true)]
    public void SystemStatus_Value_BelongsToItsState(string table, int state, int status, bool isDefault)
    {
        var option = RepositorySource.Option(table, "statuscode", status);
        Assert.Equal(state, option.State);
        Assert.Equal(isDefault, option.IsDefaultStatus);
    }

    [Theory]
    [InlineData("opportunity", 3)]
    [InlineData("salesorder", 5)]
    [InlineData("invoice", 4)]
    [InlineData("lead", 3)]
    public void SalesTable_StateCode_IsNotValidForCreate(string table, int states)
    {
        var statecode = RepositorySource.Column(table, "statecode");
        Assert.False(statecode.IsValidForCreate);
        Assert.Equal(states, statecode.Options.Count);
    }

    [Theory]
    [InlineData("salesorder", "datefulfilled")]
    [InlineData("invoice", "datedelivered")]
    [InlineData("organization", "fiscalcalendarstart")]
    public void DateFormattedUserLocalColumn_Behavior_IsUserLocalWithDateFormat(string table, string column)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(DateTimeBehavior.UserLocal, definition.DateBehavior);
        Assert.Equal("date", definition.Format);
    }

    [Theory]
    [InlineData("opportunity", "totalamount")]
    [InlineData("invoice", "totalamount")]
    [InlineData("salesorderdetail", "extendedamount")]
    [InlineData("invoicedetail", "extendedamount")]
    public void PricedTotal_IsValidForCreate_IsFalse(string table, string column) =>
        Assert.False(RepositorySource.Column(table, column).IsValidForCreate);

    [Theory]
    [InlineData("systemuser")]
    [InlineData("businessunit")]
    [InlineData("team")]
    [InlineData("organization")]
    [InlineData("uom")]
    public void TableWithoutStatus_StateColumns_AreAbsent(string table)
    {
        Assert.False(RepositorySource.Metadata.Table(table).HasColumn("statecode"));
        Assert.False(RepositorySource.Metadata.Table(table).HasColumn("statuscode"));
    }

    [Fact]
    public void Organization_ImpliedOrganizationColumn_IsItsPrimaryKey()
    {
        var organization = RepositorySource.Metadata.Table("organization");
        Assert.Single(organization.Columns, c => c.LogicalName == "organizationid");
        Assert.Equal(ColumnType.PrimaryKey, organization.FindColumn("organizationid")!.Type);
    }

    [Fact]
    public void IntersectTable_Columns_AreOnlyKeyAndBothSides()
    {
        var names = RepositorySource.Metadata.Table("teammembership").Columns.Select(c => c.LogicalName).ToArray();
        Assert.Equal(["teammembershipid", "teamid", "systemuserid"], names);
    }

    [Fact]
    public void Opportunity_RestatedCurrency_KeepsItsRequiredLevel()
    {
        var currency = RepositorySource.Column("opportunity", "transactioncurrencyid");
        Assert.Equal(RequiredLevel.ApplicationRequired, currency.Required);
        Assert.Single(RepositorySource.Metadata.Table("opportunity").Columns, c => c.LogicalName == "transactioncurrencyid");
    }
}
