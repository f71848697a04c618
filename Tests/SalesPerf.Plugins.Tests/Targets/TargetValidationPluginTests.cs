using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;
using SalesPerf.Plugins.Tests.Doubles;

namespace SalesPerf.Plugins.Tests.Targets;

public sealed class TargetValidationPluginTests
{
    private const string TargetName = "North Q1 revenue";
    private const int Revenue = 100000000;
    private const int Manual = 100000013;

    private static readonly Guid TargetId = Guid.Parse("5b0f6c1e-1d7a-4f0e-9d55-3f1f0d1f2a01");
    private static readonly Guid KpiId = Guid.Parse("5b0f6c1e-1d7a-4f0e-9d55-3f1f0d1f2a02");
    private static readonly EntityReference Period = new("spm_period", Guid.Parse("5b0f6c1e-1d7a-4f0e-9d55-3f1f0d1f2a03"));

    [Fact]
    public void Create_NegativeTargetValue_RejectedInEnglishNamingTheTarget()
    {
        var call = Create(new Entity("spm_target") { ["spm_name"] = TargetName, ["spm_targetvalue"] = -5m });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Equal(
            "[SPM-TGT-001] Target 'North Q1 revenue': the target value must not be negative (was -5). Enter a value of 0 or more.",
            error.Message);
    }

    [Fact]
    public void Create_NegativeTargetValueForChineseUser_RejectedInSimplifiedChinese()
    {
        var call = Create(new Entity("spm_target") { ["spm_name"] = TargetName, ["spm_targetvalue"] = -5m }).WithUserLanguage(2052);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Equal("[SPM-TGT-001] 目标“North Q1 revenue”：目标值不能为负数（当前为 -5）。请输入 0 或更大的值。", error.Message);
    }

    [Fact]
    public void Create_NegativeTargetValueAsMoney_Rejected()
    {
        var call = Create(new Entity("spm_target") { ["spm_name"] = TargetName, ["spm_targetvalue"] = new Money(-1250.50m) });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Contains("(was -1250.50)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_NegativeStretchValue_RejectedNamingTheTargetFromThePreImage()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_stretchvalue"] = -1m });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Equal(
            "[SPM-TGT-002] Target 'North Q1 revenue': the stretch value must not be negative (was -1). Enter a value of 0 or more, or leave it empty.",
            error.Message);
    }

    [Fact]
    public void Update_ComputedColumnWrite_RejectedNamingTargetAndColumn()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_attainmentpercent"] = 120m });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Equal(
            "[SPM-TGT-003] Target 'North Q1 revenue': the column 'spm_attainmentpercent' is calculated by SalesPerf and cannot be changed. Remove it from your change; SalesPerf recalculates it automatically.",
            error.Message);
    }

    [Fact]
    public void Update_ComputedColumnWriteForChineseUser_RejectedInSimplifiedChinese()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_calculationtrace"] = "forged" }).WithUserLanguage(2052);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.Equal(
            "[SPM-TGT-003] 目标“North Q1 revenue”：列“spm_calculationtrace”由 SalesPerf 自动计算，不能修改。请从本次更改中移除该列，SalesPerf 会自动重新计算。",
            error.Message);
    }

    [Theory]
    [InlineData("spm_numerator")] // every engine-only column is guarded, not only the first
    [InlineData("spm_denominator")]
    [InlineData("spm_inprogressvalue")]
    [InlineData("spm_scorepercent")]
    [InlineData("spm_expectedtodatevalue")]
    [InlineData("spm_allocatedvalue")]
    [InlineData("spm_allocationvariance")]
    [InlineData("spm_lastcalculatedon")]
    public void Create_ComputedColumnWrite_Rejected(string column)
    {
        var call = Create(new Entity("spm_target") { ["spm_name"] = TargetName, [column] = null });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.StartsWith("[SPM-TGT-003] ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{column}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_ActualValueOfNonManualKpi_RejectedAfterReadingTheMeasureOnly()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_actualvalue"] = 10m }).WithRow(Kpi(Revenue));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.StartsWith("[SPM-TGT-004] Target 'North Q1 revenue': the column 'spm_actualvalue' is calculated", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Retrieve spm_kpi {KpiId:D} [spm_measure]", call.Services.Calls);
    }

    [Fact]
    public void Update_ActualValueOfManualKpi_Passes()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_actualvalue"] = 87.5m }).WithRow(Kpi(Manual));

        call.Execute(new TargetValidationPlugin());

        Assert.Equal([$"Retrieve spm_kpi {KpiId:D} [spm_measure]"], call.Services.Calls);
    }

    [Fact]
    public void Create_ActualValueWithKpiInTarget_UsesTheTargetsKpi()
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = TargetName, ["spm_kpiid"] = new EntityReference("spm_kpi", KpiId), ["spm_periodid"] = Period, ["spm_actualvalue"] = 4m,
        };
        var call = Create(target).WithRow(Kpi(Manual));

        call.Execute(new TargetValidationPlugin());

        Assert.Equal([$"Retrieve spm_kpi {KpiId:D} [spm_measure]"], call.Services.Calls);
    }

    [Fact]
    public void Update_EngineWriteOfComputedColumns_Passes()
    {
        var engine = EngineContext(typeof(TargetValidationPlugin).FullName!);
        var call = Update(new Entity("spm_target", TargetId) { ["spm_attainmentpercent"] = 120m, ["spm_actualvalue"] = 6m }).CalledFrom(engine);

        call.Execute(new TargetValidationPlugin());

        Assert.Empty(call.Services.Calls);
        Assert.Contains(call.Tracing.Lines, line => line.Contains("written by the SalesPerf engine", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_EngineMarkerTwoLevelsUp_Passes()
    {
        var engine = EngineContext(typeof(TargetValidationPlugin).FullName!);
        var stage10 = new FakePluginExecutionContext { Depth = engine.Depth + 1, ParentContext = engine, MessageName = "Update" };
        var call = Update(new Entity("spm_target", TargetId) { ["spm_scorepercent"] = 100m }).CalledFrom(stage10);

        call.Execute(new TargetValidationPlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_MarkerOfForeignPluginType_Rejected()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_scorepercent"] = 100m }).CalledFrom(EngineContext("Contoso.Plugins.Sneaky"));

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.StartsWith("[SPM-TGT-003] ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_MarkerAtDepthOne_Rejected()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_scorepercent"] = 100m });
        call.Context.ParentContext = EngineContext(typeof(TargetValidationPlugin).FullName!);

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.StartsWith("[SPM-TGT-003] ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ValidTarget_PassesWithoutAnyServiceCall()
    {
        var call = Create(new Entity("spm_target")
        {
            ["spm_name"] = TargetName, ["spm_kpiid"] = new EntityReference("spm_kpi", KpiId), ["spm_periodid"] = Period, ["spm_targetvalue"] = 100000m,
        });

        call.Execute(new TargetValidationPlugin());

        Assert.Empty(call.Services.Calls);
        Assert.Contains(call.Tracing.Lines, line => line.Contains("Exited SalesPerf.Plugins.Targets.TargetValidationPlugin", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_ClearingTheTargetValue_Passes()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_targetvalue"] = null });

        call.Execute(new TargetValidationPlugin());

        Assert.Empty(call.Services.Calls);
    }

    [Fact]
    public void Update_Rejection_ReadsTheInitiatingUsersLanguageOnceAsSystem()
    {
        var call = Update(new Entity("spm_target", TargetId) { ["spm_targetvalue"] = -1m });

        Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        var service = Assert.Single(call.Services.Services);
        Assert.Null(service.UserId);
        Assert.Equal(["RetrieveMultiple usersettings where systemuserid [uilanguageid]"], service.Calls);
    }

    [Fact]
    public void Execute_NoDeclaredStep_ReturnsWithoutDoingAnything()
    {
        var call = StepContextBuilder.Undeclared(MessageNames.Delete, "spm_target", PipelineStage.PostOperation);
        call.Context.InputParameters["Target"] = new EntityReference("spm_target", TargetId);

        call.Execute(new TargetValidationPlugin());

        Assert.Empty(call.Services.Services);
        var line = Assert.Single(call.Tracing.Lines);
        Assert.Contains("no declared step for Delete of spm_target in stage 40", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Update_PreImageMissing_ThrowsNamingTheImage()
    {
        var call = StepContextBuilder.For<TargetValidationPlugin>(MessageNames.Update)
            .WithTarget(new Entity("spm_target", TargetId) { ["spm_targetvalue"] = 1m });

        var error = Assert.Throws<InvalidPluginExecutionException>(() => call.Execute(new TargetValidationPlugin()));

        Assert.StartsWith("[SPM-SYS-001] ", error.Message, StringComparison.Ordinal);
        Assert.Contains(call.Tracing.Lines, line => line.Contains("pre-image 'PreImage' (alias 'PreImage', columns spm_name, spm_kpiid, spm_periodid, spm_targetvalue", StringComparison.Ordinal));
    }

    [Fact]
    public void Update_NestedCallForTheSameTarget_IsStillValidated()
    {
        var first = Update(new Entity("spm_target", TargetId) { ["spm_targetvalue"] = 5m });
        first.Execute(new TargetValidationPlugin());
        var nested = Update(new Entity("spm_target", TargetId) { ["spm_targetvalue"] = -5m }).CalledFrom(first.Context);

        Assert.Throws<InvalidPluginExecutionException>(() => nested.Execute(new TargetValidationPlugin()));
    }

    private static StepContextBuilder Create(Entity target) =>
        StepContextBuilder.For<TargetValidationPlugin>(MessageNames.Create).WithTarget(target);

    private static StepContextBuilder Update(Entity target) =>
        StepContextBuilder.For<TargetValidationPlugin>(MessageNames.Update)
            .WithTarget(target)
            .WithStoredRow(new Entity("spm_target", TargetId)
            {
                ["spm_name"] = TargetName,
                ["spm_kpiid"] = new EntityReference("spm_kpi", KpiId),
                ["spm_targetvalue"] = 100000m,
            });

    private static Entity Kpi(int measure) => new("spm_kpi", KpiId) { ["spm_measure"] = new OptionSetValue(measure) };

    private static FakePluginExecutionContext EngineContext(string markerTypeName)
    {
        var engine = new FakePluginExecutionContext { MessageName = "Win", PrimaryEntityName = "opportunity", Stage = 40, Depth = 1 };
        engine.SharedVariables[ContextMarks.EngineWrite] = markerTypeName;
        return engine;
    }
}
