using System.Linq;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;

namespace SalesPerf.Plugins.Tests.Reviews;

public sealed class StartReviewCycleDeclarationTests
{
    [Fact]
    public void Declaration_StartReviewCycle_TheContractParameters()
    {
        var api = PluginCatalog.ReadCustomApi(typeof(StartReviewCyclePlugin))!;

        Assert.Equal("spm_StartReviewCycle", api.UniqueName);
        Assert.False(api.IsFunction);
        var parameters = api.RequestParameters.ToDictionary(p => p.UniqueName);
        Assert.Equal(2, parameters.Count);
        Assert.False(parameters["Period"].IsOptional);
        Assert.True(parameters["Manager"].IsOptional);
        Assert.Equal("systemuser", parameters["Manager"].LogicalEntityName);
        Assert.Equal(CustomApiParameterType.Integer, api.ResponseProperties.Single().Type);
        Assert.Equal("Created", api.ResponseProperties.Single().UniqueName);
    }

    [Fact]
    public void Declaration_SnapshotPlugin_PostOperationOnAllThreeStatusMessages()
    {
        var steps = PluginCatalog.ReadSteps(typeof(ReviewSnapshotPlugin));

        Assert.Equal(["SetState", "SetStateDynamicEntity", "Update"], steps.Select(s => s.Message).Order());
        Assert.All(steps, s => Assert.Equal(PipelineStage.PostOperation, s.Stage));
        Assert.Equal(["statecode", "statuscode"], steps.Single(s => s.Message == "Update").FilteringAttributes.Order());
    }

    [Fact]
    public void Declaration_AllReviewSteps_PassTheCatalogueRules()
    {
        var steps = new[] { typeof(ReviewCreatePlugin), typeof(ReviewUpdatePlugin), typeof(ReviewSetStatePlugin), typeof(ReviewSnapshotPlugin), typeof(ReviewAssignPlugin) }
            .SelectMany(PluginCatalog.ReadSteps);

        Assert.Empty(PluginCatalog.Validate(steps));
        Assert.Empty(PluginCatalog.ValidateCustomApis([PluginCatalog.ReadCustomApi(typeof(StartReviewCyclePlugin))!]));
    }
}
