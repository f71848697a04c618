using System;
using System.Linq;
using SalesPerf.Plugins.Closes;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Closes;

/// <summary>Each close message has one step, on one close plug-in per table, which does stamps, attainment and commission in order.</summary>
public sealed class CloseRegistrationTests
{
    [Theory]
    [InlineData(MessageNames.Win, "opportunity", typeof(OpportunityClosePlugin))]
    [InlineData(MessageNames.Lose, "opportunity", typeof(OpportunityClosePlugin))]
    [InlineData(MessageNames.FulfillSalesOrder, "salesorder", typeof(SalesOrderClosePlugin))]
    [InlineData(MessageNames.CancelSalesOrder, "salesorder", typeof(SalesOrderClosePlugin))]
    public void CloseMessage_InTheAssembly_ExactlyOneStepOnTheTablesClosePlugin(string message, string table, Type plugin)
    {
        var steps = PluginCatalog.ReadSteps(typeof(OpportunityClosePlugin).Assembly).Where(s => s.Message == message).ToList();

        var step = Assert.Single(steps);
        Assert.Equal(plugin, step.PluginType);
        Assert.Equal(table, step.PrimaryEntity);
        Assert.Equal(PipelineStage.PostOperation, step.Stage);
        Assert.Equal(ExecutionMode.Synchronous, step.Mode);
        Assert.Empty(step.Images);
        Assert.True(SetupSteps.IsRegisteredAtSetup(step));
    }

    [Fact]
    public void ClosePlugins_Steps_FollowDataverseRules()
    {
        var steps = new[] { typeof(OpportunityClosePlugin), typeof(SalesOrderClosePlugin) }.SelectMany(PluginCatalog.ReadSteps).ToList();

        Assert.Empty(PluginCatalog.Validate(steps));
    }
}
