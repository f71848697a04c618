using System;
using System.Linq;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Tests.Attainment;

/// <summary>The attainment steps follow Dataverse's registration rules and listen to the messages the platform raises.</summary>
public sealed class AttainmentRegistrationTests
{
    private static readonly Type[] PluginTypes =
    [
        typeof(OpportunityAttainmentPlugin), typeof(DealSplitAttainmentPlugin),
        typeof(SalesOrderAttainmentPlugin), typeof(SalesOrderLinePlugin), typeof(InvoiceAttainmentPlugin),
        typeof(PaymentAttainmentPlugin), typeof(TargetAttainmentPlugin),
    ];

    [Fact]
    public void AttainmentSteps_Validate_NoViolation()
    {
        var steps = PluginTypes.SelectMany(PluginCatalog.ReadSteps).ToArray();

        Assert.Empty(PluginCatalog.Validate(steps));
        Assert.All(steps, s => Assert.Equal(PipelineStage.PostOperation, s.Stage));
        Assert.All(steps, s => Assert.Equal(ExecutionMode.Synchronous, s.Mode));
    }

    [Fact]
    public void OpportunityUpdate_FilteringAttributes_TheColumnsThatMoveActuals()
    {
        var update = PluginCatalog.ReadSteps(typeof(OpportunityAttainmentPlugin)).Single(s => s.Message == MessageNames.Update);

        Assert.Equal(
            ["actualclosedate", "actualvalue", "closeprobability", "customerid", "estimatedclosedate", "estimatedvalue", "ownerid", "statecode", "statuscode", "transactioncurrencyid"],
            update.FilteringAttributes.OrderBy(a => a, StringComparer.Ordinal));
        Assert.Equal(2, update.Images.Count);
    }
}
