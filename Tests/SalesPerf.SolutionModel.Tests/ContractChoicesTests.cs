using System.Linq;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>Every choice value of domain.md sections 2 and 3, typed from the document.</summary>
public sealed class ContractChoicesTests
{
    [Theory]
    [InlineData("spm_period", "spm_periodtype", 100000000, "Year")]
    [InlineData("spm_period", "spm_periodtype", 100000001, "HalfYear")]
    [InlineData("spm_period", "spm_periodtype", 100000002, "Quarter")]
    [InlineData("spm_period", "spm_periodtype", 100000003, "Month")]
    [InlineData("spm_kpi", "spm_direction", 100000000, "HigherIsBetter")]
    [InlineData("spm_kpi", "spm_direction", 100000001, "LowerIsBetter")]
    [InlineData("spm_kpi", "spm_unit", 100000000, "Amount")]
    [InlineData("spm_kpi", "spm_unit", 100000001, "Count")]
    [InlineData("spm_kpi", "spm_unit", 100000002, "Percent")]
    [InlineData("spm_kpi", "spm_unit", 100000003, "Days")]
    [InlineData("spm_target", "spm_rollupsource", 100000000, "OwnRecords")]
    [InlineData("spm_target", "spm_rollupsource", 100000001, "ChildTargets")]
    [InlineData("spm_commissionplan", "spm_basis", 100000000, "WonRevenue")]
    [InlineData("spm_commissionplan", "spm_basis", 100000001, "FulfilledOrders")]
    [InlineData("spm_commissionplan", "spm_basis", 100000002, "GrossMargin")]
    [InlineData("spm_commissionplan", "spm_basis", 100000003, "Collections")]
    [InlineData("spm_commissionplan", "spm_tierscope", 100000000, "PeriodCumulative")]
    [InlineData("spm_commissionplan", "spm_tierscope", 100000001, "PerTransaction")]
    [InlineData("spm_commissionplan", "spm_tiermode", 100000000, "Retroactive")]
    [InlineData("spm_commissionplan", "spm_tiermode", 100000001, "Marginal")]
    [InlineData("spm_commissionplan", "spm_tierbasis", 100000000, "AttainmentPercent")]
    [InlineData("spm_commissionplan", "spm_tierbasis", 100000001, "Amount")]
    [InlineData("spm_commissionline", "spm_kind", 100000000, "Earning")]
    [InlineData("spm_commissionline", "spm_kind", 100000001, "Clawback")]
    [InlineData("spm_commissionline", "spm_kind", 100000002, "Adjustment")]
    [InlineData("spm_review", "spm_overallrating", 100000000, "Outstanding")]
    [InlineData("spm_review", "spm_overallrating", 100000001, "Exceeds")]
    [InlineData("spm_review", "spm_overallrating", 100000002, "Meets")]
    [InlineData("spm_review", "spm_overallrating", 100000003, "Below")]
    [InlineData("spm_review", "spm_overallrating", 100000004, "Unsatisfactory")]
    public void ContractChoice_Value_HasTheContractName(string table, string column, int value, string name)
    {
        Assert.Equal(ColumnType.Choice, RepositorySource.Column(table, column).Type);
        Assert.Equal(name, RepositorySource.Option(table, column, value).Name);
    }

    [Theory]
    [InlineData(100000000, "Revenue")]
    [InlineData(100000001, "WonDeals")]
    [InlineData(100000002, "WinRate")]
    [InlineData(100000003, "SalesCycleDays")]
    [InlineData(100000004, "NewCustomers")]
    [InlineData(100000005, "NewCustomerRevenueShare")]
    [InlineData(100000006, "OrderAmount")]
    [InlineData(100000007, "GrossMargin")]
    [InlineData(100000008, "GrossMarginPercent")]
    [InlineData(100000009, "CollectedAmount")]
    [InlineData(100000010, "CollectionRate")]
    [InlineData(100000011, "RevenueGrowth")]
    [InlineData(100000012, "RepeatPurchaseRate")]
    [InlineData(100000013, "Manual")]
    [InlineData(100000018, "CustomerRetentionRate")]
    [InlineData(100000019, "CustomerChurnRate")]
    [InlineData(100000020, "CrossSell")]
    [InlineData(100000021, "CustomerSatisfaction")]
    public void KpiMeasure_Value_HasTheContractName(int value, string name) =>
        Assert.Equal(name, RepositorySource.Option("spm_kpi", "spm_measure", value).Name);

    [Fact]
    public void KpiMeasure_Options_AreExactlyTheFourteenContractValuesAndTheEightOfIssue14()
    {
        var values = RepositorySource.Options("spm_kpi", "spm_measure").Select(o => o.Value).Order().ToArray();
        Assert.Equal(Enumerable.Range(100000000, 22).ToArray(), values);
    }

    [Theory]
    [InlineData("spm_period", "spm_periodtype", 4)]
    [InlineData("spm_kpi", "spm_direction", 2)]
    [InlineData("spm_kpi", "spm_unit", 4)]
    [InlineData("spm_target", "spm_rollupsource", 2)]
    [InlineData("spm_commissionplan", "spm_basis", 4)]
    [InlineData("spm_commissionplan", "spm_tierscope", 2)]
    [InlineData("spm_commissionplan", "spm_tiermode", 2)]
    [InlineData("spm_commissionplan", "spm_tierbasis", 2)]
    [InlineData("spm_commissionline", "spm_kind", 3)]
    [InlineData("spm_review", "spm_overallrating", 5)]
    public void ContractChoice_Options_HaveNoExtraValues(string table, string column, int count) =>
        Assert.Equal(count, RepositorySource.Options(table, column).Count());

    // (table, statecode, statuscode, status name, is the state's default)
    [Theory]
    [InlineData("spm_target", 0, 1, "Active", true)]
    [InlineData("spm_target", 1, 2, "Inactive", true)]
    [InlineData("spm_scorecard", 0, 1, "Active", true)]
    [InlineData("spm_scorecard", 1, 2, "Inactive", true)]
    [InlineData("spm_planassignment", 0, 1, "Active", true)]
    [InlineData("spm_planassignment", 1, 2, "Inactive", true)]
    [InlineData("spm_commissionstatement", 0, 1, "Open", true)]
    [InlineData("spm_commissionstatement", 0, 100000000, "Approved", false)]
    [InlineData("spm_commissionstatement", 0, 100000001, "Disputed", false)]
    [InlineData("spm_commissionstatement", 1, 2, "Paid", true)]
    [InlineData("spm_review", 0, 1, "Draft", true)]
    [InlineData("spm_review", 0, 100000000, "SelfAssessment", false)]
    [InlineData("spm_review", 0, 100000001, "ManagerReview", false)]
    [InlineData("spm_review", 0, 100000002, "Completed", false)]
    [InlineData("spm_review", 1, 2, "Acknowledged", true)]
    public void ContractStatus_Value_BelongsToItsState(string table, int state, int status, string name, bool isDefault)
    {
        var option = RepositorySource.Option(table, "statuscode", status);
        Assert.Equal(name, option.Name);
        Assert.Equal(state, option.State);
        Assert.Equal(isDefault, option.IsDefaultStatus);
        Assert.Contains(RepositorySource.Options(table, "statecode"), s => s.Value == state);
    }

    [Theory]
    [InlineData("spm_commissionstatement", 4)]
    [InlineData("spm_review", 5)]
    [InlineData("spm_target", 2)]
    public void ContractStatus_Options_HaveNoExtraValues(string table, int count) =>
        Assert.Equal(count, RepositorySource.Options(table, "statuscode").Count());

    [Fact]
    public void CustomTables_EveryChoiceValue_UsesThePublisherOptionPrefix()
    {
        var custom = from table in RepositorySource.Metadata.Tables
                     from column in table.Columns
                     where column.IsCustom && column.Type is ColumnType.Choice or ColumnType.MultiChoice
                     from option in column.Options
                     select (table.LogicalName, column.LogicalName, option.Value);
        Assert.All(custom, c => Assert.InRange(c.Value, 100000000, 100009999));
    }
}
