using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests.Setup;

/// <summary>
/// Steps are rows: a step created, changed, disabled or rolled back through the organisation service fires (or stops
/// firing) exactly like an imported one, and message ids are the organisation's own, never the public ones.
/// </summary>
public sealed class StepRowTests
{
    /// <summary>Create's public SdkMessage id (semantics doc 10, from real exports).</summary>
    private static readonly Guid PublicCreateId = new("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8");

    [Fact]
    public void SdkMessage_Create_IdIsGeneratedPerOrganisationNotThePublicOne()
    {
        var first = MessageId(new LocalOrganization(), MessageNames.Create);
        var second = MessageId(new LocalOrganization(), MessageNames.Create);

        Assert.NotEqual(PublicCreateId, first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void SdkMessageFilter_CloseMessages_OnlyForTheirTable()
    {
        var org = new LocalOrganization();

        Assert.Equal(["opportunity"], FilterTables(org, MessageNames.Win));
        Assert.Equal(["opportunity"], FilterTables(org, MessageNames.Lose));
        Assert.Equal(["salesorder"], FilterTables(org, MessageNames.FulfillSalesOrder));
        Assert.Equal(["salesorder"], FilterTables(org, MessageNames.CancelSalesOrder));
    }

    [Fact]
    public void StepRow_CreatedThroughTheService_FiresWithItsStageFilterAndImage()
    {
        // The plug-in type is imported through a Delete step; the Update step exists only as the row created here.
        var org = TestOrg.Create(TestOrg.Step<TraceContextPlugin>("Delete", "account", PipelineStage.PreOperation));
        var stepId = Guid.NewGuid();
        org.Service.Create(new Entity("sdkmessageprocessingstep", stepId)
        {
            ["name"] = "Trace account name changes",
            ["eventhandler"] = PluginType(org, typeof(TraceContextPlugin)),
            ["plugintypeid"] = PluginType(org, typeof(TraceContextPlugin)),
            ["sdkmessageid"] = new EntityReference("sdkmessage", MessageId(org, MessageNames.Update)),
            ["sdkmessagefilterid"] = new EntityReference("sdkmessagefilter", FilterId(org, MessageNames.Update, "account")),
            ["stage"] = new OptionSetValue(40),
            ["mode"] = new OptionSetValue(0),
            ["rank"] = 1,
            ["supporteddeployment"] = new OptionSetValue(0),
            ["filteringattributes"] = "name",
        });
        org.Service.Create(new Entity("sdkmessageprocessingstepimage")
        {
            ["sdkmessageprocessingstepid"] = new EntityReference("sdkmessageprocessingstep", stepId),
            ["imagetype"] = new OptionSetValue(0),
            ["messagepropertyname"] = "Target",
            ["name"] = "Before",
            ["entityalias"] = "Before",
            ["attributes"] = "name,accountnumber",
        });
        var account = org.Account();

        org.Service.Update(new Entity("account", account) { ["accountnumber"] = "A-555" });
        Assert.Empty(org.Traces<TraceContextPlugin>());
        org.Service.Update(new Entity("account", account) { ["name"] = "Renamed" });

        var trace = org.Traces<TraceContextPlugin>();
        Assert.Contains("message=Update", trace);
        Assert.Contains("stage=40", trace);
        Assert.Contains("pre:Before=accountid,accountnumber,name", trace);
    }

    [Fact]
    public void StepRow_Disabled_StopsFiringAndFiresAgainWhenEnabled()
    {
        var step = TestOrg.Step<TraceNamePluginA>("Update", "account", PipelineStage.PostOperation);
        var org = TestOrg.Create(step);
        var account = org.Account();

        SetState(org, step.Id, 1, 2);
        org.Service.Update(new Entity("account", account) { ["name"] = "While disabled" });
        Assert.Empty(org.Traces<TraceNamePluginA>());

        SetState(org, step.Id, 0, 1);
        org.Service.Update(new Entity("account", account) { ["name"] = "Enabled again" });
        Assert.Equal(["A"], org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void StepRow_DeletedInARolledBackTransaction_StillFires()
    {
        var step = TestOrg.Step<TraceNamePluginA>("Update", "account", PipelineStage.PostOperation);
        var org = TestOrg.Create(step);
        var account = org.Account();

        TestOrg.Fault(() => org.Service.Execute(new ExecuteTransactionRequest
        {
            Requests =
            [
                new DeleteRequest { Target = new EntityReference("sdkmessageprocessingstep", step.Id) },
                new UpdateRequest { Target = new Entity("account", Guid.NewGuid()) { ["name"] = "No such row" } },
            ],
        }));
        org.Service.Update(new Entity("account", account) { ["name"] = "Renamed" });

        Assert.Equal(["A"], org.Traces<TraceNamePluginA>());
    }

    [Fact]
    public void StepRow_Configuration_ReachesThePluginsConstructor()
    {
        var step = TestOrg.Step<ConfigurationTracePlugin>("Update", "account", PipelineStage.PostOperation);
        var org = TestOrg.Create(step);
        var account = org.Account();
        org.Service.Update(new Entity("sdkmessageprocessingstep", step.Id) { ["configuration"] = "region=east" });

        org.Service.Update(new Entity("account", account) { ["name"] = "Renamed" });

        Assert.Equal(["unsecure=region=east", "secure="], org.Traces<ConfigurationTracePlugin>());
    }

    [Fact]
    public void Import_CompleteSetupOff_CarriesOnlyThePackedSteps()
    {
        var declared = PluginCatalog.ReadSteps(typeof(PluginCatalog).Assembly);
        var org = new LocalOrganization(new LocalOrganizationOptions { CompleteSetup = false });

        var imported = org.Rows("sdkmessageprocessingstep").Select(r => r.Id).OrderBy(id => id);

        Assert.Equal(SetupSteps.Packed(declared).Select(s => s.Id).OrderBy(id => id), imported);
    }

    private static Guid MessageId(LocalOrganization org, string name) =>
        org.Rows("sdkmessage").Single(m => m.GetAttributeValue<string>("name") == name).Id;

    private static Guid FilterId(LocalOrganization org, string message, string table) =>
        org.Rows("sdkmessagefilter").Single(f => f.GetAttributeValue<EntityReference>("sdkmessageid").Id == MessageId(org, message)
            && f.GetAttributeValue<string>("primaryobjecttypecode") == table).Id;

    private static string[] FilterTables(LocalOrganization org, string message) =>
        org.Rows("sdkmessagefilter").Where(f => f.GetAttributeValue<EntityReference>("sdkmessageid").Id == MessageId(org, message))
            .Select(f => f.GetAttributeValue<string>("primaryobjecttypecode")).ToArray();

    private static EntityReference PluginType(LocalOrganization org, Type type) =>
        new("plugintype", org.Rows("plugintype").Single(t => t.GetAttributeValue<string>("typename") == type.FullName).Id);

    private static void SetState(LocalOrganization org, Guid stepId, int state, int status) =>
        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("sdkmessageprocessingstep", stepId),
            ["State"] = new OptionSetValue(state),
            ["Status"] = new OptionSetValue(status),
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
