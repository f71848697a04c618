using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// <see cref="LocalOrganizationOptions.OmitStepsOnMessages"/>: the steps as the packer ships them. Steps on the given
/// messages are left out, and each remaining step gets the unsecure configuration the packer writes, through the
/// plug-in's (string unsecure, string secure) constructor as on the platform (semantics doc 8.4).
/// </summary>
public sealed class PackedRegistrationTests
{
    [Fact]
    public void OmitWin_WinStepLeftOut_NestedUpdateStepToldThroughItsConstructor()
    {
        var update = TestOrg.Step<ConfigurationTracePlugin>("Update", "opportunity", PipelineStage.PostOperation);
        var win = TestOrg.Step<ConfigurationTracePlugin>("Win", "opportunity", PipelineStage.PostOperation);
        var org = Create([update, win], ["Win"]);
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });

        org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        });

        var runs = org.StepLog.Where(e => e.PluginType == typeof(ConfigurationTracePlugin).FullName).ToList();
        var run = Assert.Single(runs);
        Assert.Equal("Update", run.Message);
        Assert.Contains("unsecure=closesWithoutStep=Win", run.Trace);
        Assert.Contains("secure=", run.Trace);
    }

    [Fact]
    public void NothingOmitted_EveryStepRegistered_ConstructorGetsEmptyConfiguration()
    {
        var update = TestOrg.Step<ConfigurationTracePlugin>("Update", "opportunity", PipelineStage.PostOperation);
        var win = TestOrg.Step<ConfigurationTracePlugin>("Win", "opportunity", PipelineStage.PostOperation);
        var org = Create([update, win], []);
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(1000m) });

        org.Service.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        });

        var runs = org.StepLog.Where(e => e.PluginType == typeof(ConfigurationTracePlugin).FullName).ToList();
        Assert.Equal(["Update", "Win"], runs.Select(r => r.Message));
        Assert.All(runs, r => Assert.Contains("unsecure=", r.Trace));
    }

    [Fact]
    public void OmitWin_StepsOfOtherTables_GetNoConfiguration()
    {
        var accountUpdate = TestOrg.Step<ConfigurationTracePlugin>("Update", "account", PipelineStage.PostOperation);
        var win = TestOrg.Step<ConfigurationTracePlugin>("Win", "opportunity", PipelineStage.PostOperation);
        var org = Create([accountUpdate, win], ["Win"]);
        var account = org.Account();

        org.Service.Update(new Entity("account", account) { ["name"] = "Renamed" });

        Assert.Contains("unsecure=", Assert.Single(org.StepLog, e => e.PluginType == typeof(ConfigurationTracePlugin).FullName).Trace);
    }

    private static LocalOrganization Create(IReadOnlyList<StepRegistration> steps, IReadOnlyCollection<string> omit) =>
        new(new LocalOrganizationOptions
        {
            Steps = steps,
            CustomApis = [],
            OmitStepsOnMessages = omit,
            UtcNow = new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc),
        });
}

/// <summary>Traces the configuration its (string, string) constructor received.</summary>
public sealed class ConfigurationTracePlugin(string unsecureConfiguration, string secureConfiguration) : TestPlugin
{
    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
    {
        tracing.Trace("unsecure={0}", unsecureConfiguration);
        tracing.Trace("secure={0}", secureConfiguration);
    }
}
