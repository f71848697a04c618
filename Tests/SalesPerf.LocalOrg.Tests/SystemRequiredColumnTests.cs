using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.LocalOrg.Tests;

/// <summary>
/// SystemRequired columns. Docs ("Update and delete table rows using the SDK for .NET", note on RequiredLevel): "When
/// this is set to SystemRequired, you cannot set these columns to a null value. If you attempt this you will get error
/// code -2147220989 with the message Attribute: &lt;attribute name&gt; cannot be set to NULL". A Create that leaves such a
/// column out faults with RequiredFieldMissing (dataverse-semantics section 5: "required column missing"), unless the
/// platform fills the column itself. uomschedule.name, product's unit columns and systemuser.domainname are
/// SystemRequired in the solution's system tables.
/// </summary>
public sealed class SystemRequiredColumnTests
{
    private const int InvalidArgument = -2147220989;
    private const int RequiredFieldMissing = -2147220992;

    [Fact]
    public void Update_SettingASystemRequiredColumnToNull_FaultsWithTheDocumentedCodeAndMessage()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("uomschedule") { ["name"] = "Units" });

        var fault = TestOrg.Fault(() => org.Service.Update(new Entity("uomschedule", id) { ["name"] = null }));

        Assert.Equal(InvalidArgument, fault.Detail.ErrorCode);
        Assert.Equal("Attribute: name cannot be set to NULL", fault.Detail.Message);
        Assert.Equal("Units", org.Service.Retrieve("uomschedule", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Update_SettingTheOwnerToNull_Faults()
    {
        var org = TestOrg.Create();
        var id = org.Account();

        var fault = TestOrg.Fault(() => org.Service.Update(new Entity("account", id) { ["ownerid"] = null }));

        Assert.Equal(InvalidArgument, fault.Detail.ErrorCode);
        Assert.Equal("Attribute: ownerid cannot be set to NULL", fault.Detail.Message);
    }

    [Fact]
    public void Update_NullFault_RollsBackWhatEarlierStepsWrote()
    {
        var org = TestOrg.Create(TestOrg.Step<CreateAccountPlugin>("Update", "uomschedule", PipelineStage.PreOperation));
        var id = org.Service.Create(new Entity("uomschedule") { ["name"] = "Units" });

        TestOrg.Fault(() => org.Service.Update(new Entity("uomschedule", id) { ["name"] = null, ["baseuomname"] = "changed" }));

        Assert.Equal(0, org.Count("account"));
        Assert.Null(org.Service.Retrieve("uomschedule", id, new ColumnSet("baseuomname")).GetAttributeValue<string>("baseuomname"));
    }

    [Fact]
    public void Update_NullFromTheCaller_ReplacedByAPreOperationStep_IsAccepted()
    {
        var org = TestOrg.Create(TestOrg.Step<FillScheduleNamePlugin>("Update", "uomschedule", PipelineStage.PreOperation));
        var id = org.Service.Create(new Entity("uomschedule") { ["name"] = "Units" });

        org.Service.Update(new Entity("uomschedule", id) { ["name"] = null });

        Assert.Equal(FillScheduleNamePlugin.Name, org.Service.Retrieve("uomschedule", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Update_NullOnAColumnThatIsNotSystemRequired_ClearsIt()
    {
        var org = TestOrg.Create();
        var id = org.Service.Create(new Entity("uomschedule") { ["name"] = "Units", ["baseuomname"] = "all units" });

        org.Service.Update(new Entity("uomschedule", id) { ["baseuomname"] = null });

        Assert.False(org.Service.Retrieve("uomschedule", id, new ColumnSet("baseuomname")).Contains("baseuomname"));
    }

    [Fact]
    public void Create_WithoutASystemRequiredColumn_FaultsWithRequiredFieldMissing_AndWritesNothing()
    {
        var org = TestOrg.Create(TestOrg.Step<CreateAccountPlugin>("Create", "product", PipelineStage.PreOperation));
        var (schedule, unit) = Units(org);

        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("product")
        {
            ["name"] = "Widget",
            ["productnumber"] = "W-1",
            ["defaultuomscheduleid"] = new EntityReference("uomschedule", schedule),
            ["quantitydecimal"] = 2,
        }));

        Assert.Equal(RequiredFieldMissing, fault.Detail.ErrorCode);
        Assert.Contains("defaultuomid", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("product"));
        Assert.Equal(0, org.Count("account"));

        org.Service.Create(new Entity("product")
        {
            ["name"] = "Widget",
            ["productnumber"] = "W-1",
            ["defaultuomscheduleid"] = new EntityReference("uomschedule", schedule),
            ["defaultuomid"] = new EntityReference("uom", unit),
            ["quantitydecimal"] = 2,
        });
        Assert.Equal(1, org.Count("product"));
    }

    [Fact]
    public void Create_WithASystemRequiredColumnSentAsNull_FaultsWithTheSetToNullMessage()
    {
        var org = TestOrg.Create();

        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("uomschedule") { ["name"] = null }));

        Assert.Equal(InvalidArgument, fault.Detail.ErrorCode);
        Assert.Equal("Attribute: name cannot be set to NULL", fault.Detail.Message);
        Assert.Equal(0, org.Count("uomschedule"));
    }

    [Fact]
    public void Create_MissingColumnFilledByAPreOperationStep_IsAccepted()
    {
        var org = TestOrg.Create(TestOrg.Step<FillScheduleNamePlugin>("Create", "uomschedule", PipelineStage.PreOperation));

        var id = org.Service.Create(new Entity("uomschedule") { ["baseuomname"] = "named by a step" });

        Assert.Equal(FillScheduleNamePlugin.Name, org.Service.Retrieve("uomschedule", id, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void Create_MissingColumnFilledOnlyAfterTheMainOperation_StillFaults()
    {
        var org = TestOrg.Create(TestOrg.Step<FillScheduleNamePlugin>("Create", "uomschedule", PipelineStage.PostOperation));

        var fault = TestOrg.Fault(() => org.Service.Create(new Entity("uomschedule") { ["baseuomname"] = "too late" }));

        Assert.Equal(RequiredFieldMissing, fault.Detail.ErrorCode);
        Assert.Equal(0, org.Count("uomschedule"));
    }

    [Fact]
    public void Create_DoesNotDemandTheColumnsThePlatformFills()
    {
        var org = TestOrg.Create();

        // account: the owner (caller) and the state (Active) are the platform's; user and team: the business unit is the caller's.
        var account = org.Service.Create(new Entity("account") { ["name"] = "Acme" });
        var user = org.Service.Create(new Entity("systemuser") { ["fullname"] = "Dana Li", ["domainname"] = "dana@contoso.example" });
        var team = org.Service.Create(new Entity("team")
        {
            ["name"] = "East",
            ["administratorid"] = new EntityReference("systemuser", org.AdministratorId),
        });

        var accountRow = org.Service.Retrieve("account", account, new ColumnSet("ownerid", "statecode", "accountid"));
        Assert.Equal(org.AdministratorId, accountRow.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(0, accountRow.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(account, accountRow.GetAttributeValue<Guid>("accountid"));
        Assert.Equal(org.RootBusinessUnitId, org.Service.Retrieve("systemuser", user, new ColumnSet("businessunitid")).GetAttributeValue<EntityReference>("businessunitid").Id);
        var teamRow = org.Service.Retrieve("team", team, new ColumnSet("businessunitid", "teamtype"));
        Assert.Equal(org.RootBusinessUnitId, teamRow.GetAttributeValue<EntityReference>("businessunitid").Id);
        Assert.Equal(0, teamRow.GetAttributeValue<OptionSetValue>("teamtype").Value);
    }

    [Fact]
    public void CreateUser_GivesTheUserTheSystemRequiredSignInName()
    {
        var org = TestOrg.Create();

        var user = org.CreateUser("Alice Wang");

        Assert.Equal("alice.wang@salesperf.local", org.Service.Retrieve("systemuser", user, new ColumnSet("domainname")).GetAttributeValue<string>("domainname"));
    }

    private static (Guid Schedule, Guid Unit) Units(LocalOrganization org)
    {
        var schedule = org.Service.Create(new Entity("uomschedule") { ["name"] = "Units" });
        var unit = org.Service.Create(new Entity("uom")
        {
            ["name"] = "Unit",
            ["uomscheduleid"] = new EntityReference("uomschedule", schedule),
            ["quantity"] = 1m,
        });
        return (schedule, unit);
    }
}

/// <summary>Stage 20: puts a name into a unit group's Target, as a plug-in that completes the row would.</summary>
public sealed class FillScheduleNamePlugin : TestPlugin
{
    public const string Name = "Filled in PreOperation";

    protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
        ((Entity)context.InputParameters["Target"])["name"] = Name;
}
