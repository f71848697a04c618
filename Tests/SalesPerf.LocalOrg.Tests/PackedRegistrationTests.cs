using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// <see cref="LocalOrganizationOptions.OmitStepsOnMessages"/> leaves the steps on the given messages out; every step is
/// registered without configuration, as the packer ships them, and a plug-in with the platform's
/// (string unsecure, string secure) constructor gets empty strings through it (semantics doc 8.4).
/// </summary>
public sealed class PackedRegistrationTests
{
    [Fact]
    public void OmitWin_WinStepLeftOut_UpdateStepRunsWithEmptyConfiguration()
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

        var run = Assert.Single(org.StepLog, e => e.PluginType == typeof(ConfigurationTracePlugin).FullName);
        Assert.Equal("Update", run.Message);
        Assert.Contains(run.Trace, line => line.EndsWith("unsecure=", StringComparison.Ordinal));
        Assert.Contains(run.Trace, line => line.EndsWith("secure=", StringComparison.Ordinal));
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
        Assert.All(runs, r => Assert.Contains(r.Trace, line => line.EndsWith("unsecure=", StringComparison.Ordinal)));
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
