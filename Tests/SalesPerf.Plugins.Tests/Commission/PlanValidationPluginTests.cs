using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Commission;

public sealed class PlanValidationPluginTests
{
    private static StepContextBuilder Create(Entity plan) =>
        StepContextBuilder.For<PlanValidationPlugin>(MessageNames.Create).WithTarget(plan);

    [Fact]
    public void Create_NegativeCapAndGate_RejectedWithBothRulesNamingThePlan()
    {
        var call = Create(new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Hunters",
            ["spm_payoutcap"] = new Money(-1m),
            ["spm_acceleratorgate"] = -5m,
        });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new PlanValidationPlugin()));

        Assert.Equal(
            "[SPM-PLN-005] Commission plan 'Hunters': the payout cap must not be negative (was -1). Enter 0 or more, or leave it empty for no cap. "
            + "[SPM-PLN-006] Commission plan 'Hunters': the accelerator gate must not be negative (was -5). Enter a weighted score of 0 or more, or leave it empty for no gate.",
            error.Message);
    }

    [Fact]
    public void Create_NegativeClawbackDaysForChineseUser_RejectedInChinese()
    {
        var call = Create(new Entity("spm_commissionplan") { ["spm_name"] = "Hunters", ["spm_clawbackdays"] = -1 }).WithUserLanguage(2052);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new PlanValidationPlugin()));

        Assert.Equal("[SPM-PLN-007] 佣金计划“Hunters”：追回天数不能为负数（当前为 -1）。请输入 0（从不追回）或更大的值。", error.Message);
    }

    [Fact]
    public void Create_ValidPlanWithoutTiersYet_Accepted()
    {
        var call = Create(new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Hunters",
            ["spm_basis"] = new OptionSetValue(100000000),
            ["spm_effectivefrom"] = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ["spm_effectiveto"] = new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        });

        call.Execute(new PlanValidationPlugin());

        Assert.Empty(call.Services.Calls);
    }
}
