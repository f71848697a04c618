using System;
using System.Linq;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Commission;

public sealed class CommissionRegistrationTests
{
    private static readonly Type[] CommissionPlugins =
    [
        typeof(OpportunityCommissionPlugin), typeof(SalesOrderCommissionPlugin), typeof(PaymentCommissionPlugin), typeof(DealSplitCommissionPlugin),
        typeof(PlanChangeCommissionPlugin), typeof(PlanValidationPlugin), typeof(TierValidationPlugin), typeof(AssignmentValidationPlugin),
        typeof(DealSplitValidationPlugin), typeof(StatementGuardPlugin), typeof(CommissionLineGuardPlugin), typeof(StatementReopenedPlugin),
        typeof(StatementLockPlugin),
    ];

    [Fact]
    public void CommissionSteps_Validate_FollowDataverseRules()
    {
        var steps = CommissionPlugins.SelectMany(PluginCatalog.ReadSteps).ToList();

        Assert.Empty(PluginCatalog.Validate(steps));
        Assert.Equal(steps.Count, steps.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void EstimateCommissionApi_Declaration_MatchesTheContract()
    {
        var api = PluginCatalog.ReadCustomApi(typeof(EstimateCommissionApi))!;

        Assert.Equal("spm_EstimateCommission", api.UniqueName);
        Assert.Equal(
            ["Amount:Decimal:True", "CloseDate:DateTime:True", "Opportunity:EntityReference:False"],
            api.RequestParameters.Select(p => p.UniqueName + ":" + p.Type + ":" + p.IsOptional).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(
            ["Attainment:Decimal", "Commission:Decimal", "Trace:String"],
            api.ResponseProperties.Select(p => p.UniqueName + ":" + p.Type).Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(PluginCatalog.ValidateCustomApis([api]));
    }

    [Theory]
    [InlineData(10, 12)] // one page of own deals and one of split deals
    [InlineData(5000, 12)] // still one page
    [InlineData(6000, 14)] // one more page of own and split deals
    public void CommissionBudget_PerTransactionWin_GrowsOnlyWithPagesOfCredits(int transactions, int budget)
    {
        Assert.Equal(budget, CommissionBudget.PerTransactionWin(transactions));
    }

    [Fact]
    public void CommissionBudget_CallsPerEvent_IsTheIssuesBoundOfTwenty()
    {
        Assert.Equal(20, CommissionBudget.CallsPerEvent);
        Assert.True(CommissionBudget.CallsPerWin <= CommissionBudget.CallsPerEvent);
    }
}
