using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>The loader adds the platform's own columns (solution-format.md 4.4 and 4.6) with Dataverse's flags.</summary>
public sealed class ImpliedColumnsTests
{
    public static TheoryData<string> UserOwnedCustomTables => new()
    {
        "spm_target", "spm_scorecard", "spm_planassignment", "spm_dealsplit", "spm_payment",
        "spm_commissionstatement", "spm_commissionline", "spm_review",
    };

    public static TheoryData<string> OrganizationOwnedCustomTables => new()
    {
        "spm_period", "spm_kpi", "spm_kpiset", "spm_kpisetitem", "spm_commissionplan", "spm_commissiontier",
    };

    [Theory]
    [MemberData(nameof(UserOwnedCustomTables))]
    [MemberData(nameof(OrganizationOwnedCustomTables))]
    public void CustomTable_PrimaryKey_IsTableNamePlusId(string table)
    {
        var definition = RepositorySource.Metadata.Table(table);
        var key = RepositorySource.Column(table, table + "id");
        Assert.Equal(table + "id", definition.PrimaryIdAttribute);
        Assert.Equal(ColumnType.PrimaryKey, key.Type);
        Assert.Equal(RequiredLevel.SystemRequired, key.Required);
        Assert.False(key.IsValidForUpdate);
        Assert.Equal("spm_name", definition.PrimaryNameAttribute);
        Assert.True(definition.IsCustom);
    }

    // (column, type, platform-maintained, valid for create, valid for update)
    [Theory]
    [InlineData("createdon", ColumnType.DateTime, true, false, false)]
    [InlineData("createdby", ColumnType.Lookup, true, false, false)]
    [InlineData("modifiedon", ColumnType.DateTime, true, false, false)]
    [InlineData("modifiedby", ColumnType.Lookup, true, false, false)]
    [InlineData("createdonbehalfby", ColumnType.Lookup, true, false, false)]
    [InlineData("modifiedonbehalfby", ColumnType.Lookup, true, false, false)]
    [InlineData("ownerid", ColumnType.Owner, false, true, true)]
    [InlineData("owninguser", ColumnType.Lookup, true, false, false)]
    [InlineData("owningteam", ColumnType.Lookup, true, false, false)]
    [InlineData("owningbusinessunit", ColumnType.Lookup, false, true, true)]
    [InlineData("statecode", ColumnType.State, false, false, true)]
    [InlineData("statuscode", ColumnType.Status, false, true, true)]
    [InlineData("versionnumber", ColumnType.BigInt, true, false, false)]
    [InlineData("importsequencenumber", ColumnType.Integer, false, true, false)]
    [InlineData("overriddencreatedon", ColumnType.DateTime, false, true, false)]
    [InlineData("timezoneruleversionnumber", ColumnType.Integer, false, true, true)]
    [InlineData("utcconversiontimezonecode", ColumnType.Integer, false, true, true)]
    public void UserOwnedTable_SystemColumn_HasDataverseFlags(string column, ColumnType type, bool platform, bool create, bool update)
    {
        foreach (var table in new[] { "spm_target", "spm_review", "opportunity", "salesorder" })
        {
            var definition = RepositorySource.Column(table, column);
            Assert.Equal(type, definition.Type);
            Assert.Equal(platform, definition.IsPlatformMaintained);
            Assert.Equal(create, definition.IsValidForCreate);
            Assert.Equal(update, definition.IsValidForUpdate);
            Assert.False(definition.IsCustom);
            Assert.False(definition.IsComputed);
        }
    }

    [Theory]
    [MemberData(nameof(UserOwnedCustomTables))]
    public void UserOwnedTable_Owner_TargetsUserAndTeam(string table)
    {
        var owner = RepositorySource.Column(table, "ownerid");
        Assert.Equal(["systemuser", "team"], owner.Targets);
        Assert.Equal(RequiredLevel.SystemRequired, owner.Required);
        Assert.Equal(["businessunit"], RepositorySource.Column(table, "owningbusinessunit").Targets);
        Assert.Equal(["systemuser"], RepositorySource.Column(table, "createdby").Targets);
        Assert.Equal(["team"], RepositorySource.Column(table, "owningteam").Targets);
        Assert.False(RepositorySource.Metadata.Table(table).HasColumn("organizationid"));
    }

    [Theory]
    [MemberData(nameof(OrganizationOwnedCustomTables))]
    public void OrganizationOwnedTable_Ownership_HasOrganizationAndNoOwner(string table)
    {
        var definition = RepositorySource.Metadata.Table(table);
        Assert.Equal(OwnershipType.OrganizationOwned, definition.Ownership);
        Assert.False(definition.HasColumn("ownerid"));
        Assert.False(definition.HasColumn("owninguser"));
        Assert.False(definition.HasColumn("owningbusinessunit"));
        var organization = RepositorySource.Column(table, "organizationid");
        Assert.Equal(["organization"], organization.Targets);
        Assert.True(organization.IsPlatformMaintained);
        Assert.True(definition.HasColumn("createdon"));
        Assert.True(definition.HasColumn("versionnumber"));
    }

    [Theory]
    [InlineData("createdon")]
    [InlineData("modifiedon")]
    public void AuditDate_Behavior_IsUserLocal(string column) =>
        Assert.Equal(DateTimeBehavior.UserLocal, RepositorySource.Column("spm_target", column).DateBehavior);

    [Fact]
    public void CustomTableWithoutOwnStates_States_AreActiveAndInactive()
    {
        var states = RepositorySource.Options("spm_target", "statecode").Select(s => (s.Value, s.Name)).ToArray();
        Assert.Equal([(0, "Active"), (1, "Inactive")], states);
    }

    [Theory]
    [InlineData("spm_payment", "spm_amount")]
    [InlineData("spm_planassignment", "spm_quotaamount")]
    [InlineData("spm_commissionplan", "spm_payoutcap")]
    [InlineData("spm_commissionstatement", "spm_creditamount")]
    [InlineData("spm_commissionstatement", "spm_earnedamount")]
    [InlineData("spm_commissionstatement", "spm_clawbackamount")]
    [InlineData("spm_commissionstatement", "spm_adjustmentamount")]
    [InlineData("spm_commissionstatement", "spm_payableamount")]
    [InlineData("spm_commissionline", "spm_creditamount")]
    [InlineData("spm_commissionline", "spm_commissionamount")]
    [InlineData("salesorder", "spm_grossmargin")]
    [InlineData("invoice", "spm_amountpaid")]
    [InlineData("opportunity", "actualvalue")]
    [InlineData("opportunity", "estimatedvalue")]
    [InlineData("salesorder", "totalamount")]
    [InlineData("invoice", "totalamount")]
    public void MoneyColumn_BaseCompanion_IsPlatformMaintainedReadOnlyMoney(string table, string column)
    {
        var money = RepositorySource.Column(table, column);
        var companion = RepositorySource.Column(table, column + "_base");
        Assert.Equal(ColumnType.Money, companion.Type);
        Assert.True(companion.IsBaseCurrencyCompanion);
        Assert.True(companion.IsPlatformMaintained);
        Assert.False(companion.IsValidForCreate);
        Assert.False(companion.IsValidForUpdate);
        Assert.False(companion.IsComputed);
        Assert.Equal(column, companion.BaseCurrencyOf);
        Assert.Equal(money.IsCustom, companion.IsCustom);
        Assert.Equal(money.DisplayName.English + " (Base)", companion.DisplayName.English);
    }

    [Fact]
    public void EveryMoneyColumn_Companion_Exists()
    {
        var missing = from table in RepositorySource.Metadata.Tables
                      from column in table.Columns
                      where column.Type == ColumnType.Money && !column.IsBaseCurrencyCompanion
                      where table.FindColumn(column.LogicalName + "_base") is not { IsBaseCurrencyCompanion: true }
                      select $"{table.LogicalName}.{column.LogicalName}";
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("spm_payment")]
    [InlineData("spm_commissionstatement")]
    [InlineData("spm_commissionplan")]
    [InlineData("salesorder")]
    public void TableWithMoney_CurrencyColumns_ArePresent(string table)
    {
        var currency = RepositorySource.Column(table, "transactioncurrencyid");
        Assert.Equal(ColumnType.Lookup, currency.Type);
        Assert.Equal(["transactioncurrency"], currency.Targets);

        var rate = RepositorySource.Column(table, "exchangerate");
        Assert.Equal(ColumnType.Decimal, rate.Type);
        Assert.Equal(10, rate.Precision);
        Assert.True(rate.IsPlatformMaintained);
        Assert.False(rate.IsValidForCreate);
        Assert.False(rate.IsValidForUpdate);
    }

    [Theory]
    [InlineData("spm_target")]
    [InlineData("spm_period")]
    [InlineData("spm_dealsplit")]
    public void TableWithoutMoney_CurrencyColumns_AreAbsent(string table)
    {
        Assert.False(RepositorySource.Metadata.Table(table).HasColumn("transactioncurrencyid"));
        Assert.False(RepositorySource.Metadata.Table(table).HasColumn("exchangerate"));
    }

    [Fact]
    public void EveryTable_ColumnNames_AreUnique()
    {
        foreach (var table in RepositorySource.Metadata.Tables)
        {
            var duplicates = table.Columns.GroupBy(c => c.LogicalName).Where(g => g.Count() > 1).Select(g => g.Key);
            Assert.Empty(duplicates);
        }
    }
}
