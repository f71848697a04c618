using System;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Targets;
using SalesPerf.Plugins.Tests.Samples;

namespace SalesPerf.Plugins.Tests.Registration;

public sealed class PluginCatalogReadTests
{
    private static readonly Assembly PluginAssembly = typeof(TargetValidationPlugin).Assembly;

    [Fact]
    public void ReadSteps_PluginAssembly_ReadsTargetValidationCreateStep()
    {
        var step = PluginCatalog.ReadSteps(PluginAssembly).Single(s => s.Id == Guid.Parse(TargetValidationPlugin.CreateStepId));

        Assert.Equal(typeof(TargetValidationPlugin), step.PluginType);
        Assert.Equal("Create", step.Message);
        Assert.Equal("spm_target", step.PrimaryEntity);
        Assert.Equal(PipelineStage.PreValidation, step.Stage);
        Assert.Equal(ExecutionMode.Synchronous, step.Mode);
        Assert.Equal(1, step.Rank);
        Assert.Empty(step.FilteringAttributes);
        Assert.Empty(step.Images);
        Assert.Equal("SalesPerf.Plugins.Targets.TargetValidationPlugin: Create of spm_target", step.Name);
        Assert.False(string.IsNullOrWhiteSpace(step.Description));
    }

    [Fact]
    public void ReadSteps_PluginAssembly_ReadsTargetValidationUpdateStepWithFilterAndPreImage()
    {
        var step = PluginCatalog.ReadSteps(PluginAssembly).Single(s => s.Id == Guid.Parse(TargetValidationPlugin.UpdateStepId));

        Assert.Equal("Update", step.Message);
        Assert.Equal("spm_target", step.PrimaryEntity);
        Assert.Equal(PipelineStage.PreOperation, step.Stage);
        Assert.Equal(ExecutionMode.Synchronous, step.Mode);
        Assert.Equal(
            [
                "spm_targetvalue", "spm_stretchvalue", "spm_actualvalue", "spm_numerator", "spm_denominator",
                "spm_inprogressvalue", "spm_attainmentpercent", "spm_scorepercent", "spm_expectedtodatevalue",
                "spm_allocatedvalue", "spm_allocationvariance", "spm_lastcalculatedon", "spm_calculationtrace",
                "spm_thresholdpercent", "spm_scorecap", "spm_weight", "spm_kpiid", "spm_periodid",
                "spm_recalculationneeded", "spm_recalculationreason", "spm_pacestatus", "spm_projectedvalue", "spm_projectedattainmentpercent",
            ],
            step.FilteringAttributes);
        var image = Assert.Single(step.Images);
        Assert.Equal(new ImageRegistration("PreImage", "PreImage", ImageType.PreImage, image.Attributes), image);
        Assert.Equal(
            [
                "spm_name", "spm_kpiid", "spm_periodid", "spm_targetvalue", "spm_stretchvalue", "spm_thresholdpercent", "spm_scorecap", "spm_weight",
            ],
            image.Attributes);
    }

    [Fact]
    public void ReadSteps_PluginAssembly_IsStableAcrossReads()
    {
        var first = PluginCatalog.ReadSteps(PluginAssembly).Select(s => s.Id);
        var second = PluginCatalog.ReadSteps(PluginAssembly).Select(s => s.Id);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Validate_PluginAssemblySteps_ReportsNoViolation()
    {
        var violations = PluginCatalog.Validate(PluginCatalog.ReadSteps(PluginAssembly));

        Assert.Empty(violations);
    }

    [Fact]
    public void ValidateCustomApis_PluginAssembly_ReportsNoViolation()
    {
        var violations = PluginCatalog.ValidateCustomApis(PluginCatalog.ReadCustomApis(PluginAssembly));

        Assert.Empty(violations);
    }

    [Fact]
    public void PluginTypes_PluginAssembly_AllDerivePluginBaseAndDeclareAnEvent()
    {
        var pluginTypes = PluginAssembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(IPlugin).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(pluginTypes);
        Assert.All(pluginTypes, type =>
        {
            Assert.True(typeof(PluginBase).IsAssignableFrom(type), $"{type} must derive from PluginBase.");
            Assert.True(
                PluginCatalog.ReadSteps(type).Count > 0 || PluginCatalog.ReadCustomApi(type) is not null,
                $"{type} declares no step and no custom API.");
        });
    }

    [Fact]
    public void ReadSteps_StepIdNotGuid_ThrowsNamingTheId()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.ReadSteps(typeof(MalformedDeclarations.StepIdNotGuid)));

        Assert.Contains("'not-a-guid'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSteps_ImageForUndeclaredStep_ThrowsNamingTheImage()
    {
        var error = Assert.Throws<InvalidOperationException>(() => PluginCatalog.ReadSteps(typeof(MalformedDeclarations.ImageForUndeclaredStep)));

        Assert.Contains("'Orphan'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSteps_ImageWithoutAlias_UsesTheNameAsAlias()
    {
        var step = Assert.Single(PluginCatalog.ReadSteps(typeof(SamplePostUpdatePlugin)));

        var image = Assert.Single(step.Images);
        Assert.Equal(SamplePostUpdatePlugin.ImageName, image.EntityAlias);
        Assert.Equal(ImageType.Both, image.Type);
    }

    [Fact]
    public void ReadCustomApi_SampleEcho_ReadsDefinitionAndParametersByName()
    {
        var api = PluginCatalog.ReadCustomApi(typeof(SampleEchoApi));

        Assert.NotNull(api);
        Assert.Equal(SampleEchoApi.UniqueName, api.UniqueName);
        Assert.Equal(typeof(SampleEchoApi), api.PluginType);
        Assert.True(api.IsFunction);
        Assert.Equal("Sample echo", api.DisplayName);
        Assert.Equal(CustomApiBindingType.Global, api.BindingType);
        Assert.Equal(
            [
                new CustomApiParameter("Target", CustomApiParameterType.EntityReference, false, "") { LogicalEntityName = "account" },
                new CustomApiParameter("Text", CustomApiParameterType.String, true, "The text to echo."),
            ],
            api.RequestParameters);
        Assert.Equal([new CustomApiParameter("Echo", CustomApiParameterType.String, false, "The text.")], api.ResponseProperties);
    }

    [Fact]
    public void ReadCustomApis_TestAssembly_FindsSampleEchoOnly()
    {
        var apis = PluginCatalog.ReadCustomApis(typeof(SampleEchoApi).Assembly);

        Assert.Equal([SampleEchoApi.UniqueName], apis.Select(a => a.UniqueName));
    }

    [Fact]
    public void CustomApiParameterType_Values_MatchDataverseChoices()
    {
        // Docs: customapirequestparameter-table-columns.md, column Type.
        Assert.Equal(
            ["Boolean", "DateTime", "Decimal", "Entity", "EntityCollection", "EntityReference", "Float", "Integer", "Money", "Picklist", "String", "StringArray", "Guid"],
            Enumerable.Range(0, 13).Select(v => ((CustomApiParameterType)v).ToString()));
    }
}
