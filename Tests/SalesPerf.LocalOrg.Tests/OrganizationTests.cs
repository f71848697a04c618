using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using static SalesPerf.LocalOrg.Tests.Support.TestOrg;

namespace SalesPerf.LocalOrg.Tests;

public class OrganizationTests
{
    [Fact]
    public void NewOrganisation_IsSeededWithOrganizationBusinessUnitUsersSettingsAndBaseCurrency()
    {
        var org = Create();

        var organization = org.Service.Retrieve("organization", org.OrganizationId, new ColumnSet(true));
        Assert.Equal(org.BaseCurrencyId, organization.GetAttributeValue<EntityReference>("basecurrencyid").Id);
        Assert.Equal("CNY", org.Service.Retrieve("transactioncurrency", org.BaseCurrencyId, new ColumnSet("isocurrencycode"))["isocurrencycode"]);
        Assert.Equal("SYSTEM", org.Service.Retrieve("systemuser", org.SystemUserId, new ColumnSet("fullname"))["fullname"]);
        Assert.Equal(org.RootBusinessUnitId, org.Service.Retrieve("systemuser", org.AdministratorId, new ColumnSet("businessunitid")).GetAttributeValue<EntityReference>("businessunitid").Id);
        Assert.Equal(2, org.Rows("usersettings").Count);
    }

    [Fact]
    public void Rows_ReturnsCopiesInCreationOrder()
    {
        var org = Create();
        org.Account("First");
        org.Account("Second");

        var rows = org.Rows("account");
        rows[0]["name"] = "mutated";

        Assert.Equal(new[] { "First", "Second" }, org.Rows("account").Select(r => (string)r["name"]));
    }

    [Fact]
    public void Clock_Set_IsWhatCreatedOnGets()
    {
        var org = Create();
        org.Clock.UtcNow = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var id = org.Account();
        Assert.Equal(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc), org.Service.Retrieve("account", id, new ColumnSet("createdon"))["createdon"]);
    }

    [Fact]
    public void CreateTeam_WithMembers_CreatesOwnerTeamAndMemberships()
    {
        var org = Create();
        var alice = org.CreateUser("Alice");
        var bob = org.CreateUser("Bob", managerId: alice);

        var team = org.CreateTeam("East", [alice, bob]);

        Assert.Equal(0, org.Service.Retrieve("team", team, new ColumnSet("teamtype")).GetAttributeValue<OptionSetValue>("teamtype").Value);
        Assert.Equal(2, org.Rows("teammembership").Count(m => m.GetAttributeValue<Guid>("teamid") == team));
        Assert.Equal(alice, org.Service.Retrieve("systemuser", bob, new ColumnSet("parentsystemuserid")).GetAttributeValue<EntityReference>("parentsystemuserid").Id);
        Assert.Equal(4, org.Rows("usersettings").Count);
    }

    [Fact]
    public void ServiceFor_UnknownUser_Throws()
    {
        var org = Create();
        Assert.Throws<ArgumentException>(() => org.ServiceFor(Guid.NewGuid()));
    }

    [Fact]
    public void ImpersonatedService_RunsAsThatUserAndKeepsInitiatingUser()
    {
        var org = Create(
            Step<ImpersonatingPlugin>("Create", "test_widget", PipelineStage.PostOperation),
            Step<TraceContextPlugin>("Create", "account", PipelineStage.PostOperation));
        var alice = org.AdministratorUser("Alice");

        org.Service.Create(new Entity("test_widget") { ["ownerid"] = new EntityReference("systemuser", alice) });

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains($"user={alice}", traces);
        Assert.Contains($"initiating={org.AdministratorId}", traces);
        var account = org.Rows("account").Single();
        Assert.Equal(alice, account.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void TagParameter_IsVisibleAsSharedVariable()
    {
        var org = Create(Step<TraceContextPlugin>("Create", "account", PipelineStage.PreOperation));
        org.Service.Execute(new OrganizationRequest("Create") { ["Target"] = new Entity("account") { ["name"] = "A" }, ["tag"] = "import" });
        Assert.Contains("shared=DefaultsAddedFlag,tag", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void Images_EachStepGetsItsOwnCopy()
    {
        var org = Create(
            Step<ImageMutatingPlugin>("Update", "account", PipelineStage.PreOperation, rank: 1, images: PreImage("pre")),
            Step<TraceContextPlugin>("Update", "account", PipelineStage.PreOperation, rank: 2, images: PreImage("pre", "name")));
        var id = org.Account();

        org.Service.Update(new Entity("account", id) { ["name"] = "B" });

        Assert.Contains("pre:pre=accountid,name", org.Traces<TraceContextPlugin>());
    }

    [Fact]
    public void SetStateDynamicEntityRequest_RunsSetStateSteps()
    {
        var org = Create(Step<TraceContextPlugin>("SetState", "test_widget", PipelineStage.PostOperation, images: PostImage("post", "statecode")));
        var id = org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        org.Service.Execute(new OrganizationRequest("SetStateDynamicEntity")
        {
            ["EntityMoniker"] = new EntityReference("test_widget", id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });

        var traces = org.Traces<TraceContextPlugin>();
        Assert.Contains("message=SetState", traces);
        Assert.Contains("post:post=statecode,test_widgetid", traces);
    }

    [Fact]
    public void Win_AlreadyWonOpportunity_Faults()
    {
        var org = Create();
        var id = org.Service.Create(new Entity("opportunity") { ["name"] = "D", ["customerid"] = new EntityReference("account", org.Account()) });
        var win = new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", id) },
            ["Status"] = new OptionSetValue(3),
        };
        org.Service.Execute(win);

        Assert.Equal(ErrorCodes.InvalidStateCodeStatusCode, Fault(() => org.Service.Execute(win)).Detail.ErrorCode);
    }

    [Fact]
    public void Delete_SalesOrder_DeletesItsLines()
    {
        var org = Create();
        var order = org.Service.Create(new Entity("salesorder") { ["name"] = "SO", ["customerid"] = new EntityReference("account", org.Account()) });
        org.Service.Create(new Entity("salesorderdetail")
        {
            ["salesorderid"] = new EntityReference("salesorder", order),
            ["isproductoverridden"] = true,
            ["productdescription"] = "X",
            ["priceperunit"] = new Money(1m),
            ["quantity"] = 1m,
        });

        org.Service.Delete("salesorder", order);

        Assert.Empty(org.Rows("salesorderdetail"));
    }

    [Fact]
    public void Statecode_OnCreateOfSystemSalesTable_Faults()
    {
        var org = Create();
        var fault = Fault(() => org.Service.Create(new Entity("opportunity")
        {
            ["name"] = "D",
            ["customerid"] = new EntityReference("account", org.Account()),
            ["statecode"] = new OptionSetValue(1),
        }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.Detail.ErrorCode);
    }

    [Fact]
    public void StepLog_NestedStepsComeAfterTheStepThatCausedThem()
    {
        var org = Create(
            Step<CreateAccountPlugin>("Create", "test_widget", PipelineStage.PostOperation),
            Step<TraceNamePluginA>("Create", "account", PipelineStage.PostOperation));

        org.Service.Create(new Entity("test_widget") { ["test_name"] = "w" });

        Assert.Equal(new[] { (typeof(CreateAccountPlugin).FullName!, 1), (typeof(TraceNamePluginA).FullName!, 2) }, org.StepLog.Select(e => (e.PluginType, e.Depth)));
        Assert.Single(org.StepLog.Select(e => e.CorrelationId).Distinct());
    }

    [Fact]
    public void Update_SystemUserManagerWithOtherColumns_RaisesUpdateStepsTwice()
    {
        var org = Create(Step<TraceNamePluginA>("Update", "systemuser", PipelineStage.PreOperation));
        var alice = org.CreateUser("Alice");
        var bob = org.CreateUser("Bob");

        org.Service.Update(new Entity("systemuser", bob) { ["title"] = "Rep", ["parentsystemuserid"] = new EntityReference("systemuser", alice) });

        Assert.Equal(2, org.Traces<TraceNamePluginA>().Count);
    }

    [Fact]
    public void BypassCustomPluginExecution_SkipsRegisteredSteps()
    {
        var org = Create(Step<ThrowingPlugin>("Create", "account", PipelineStage.PreOperation));

        org.Service.Execute(new OrganizationRequest("Create")
        {
            ["Target"] = new Entity("account") { ["name"] = "migrated" },
            ["BypassCustomPluginExecution"] = true,
        });

        Assert.Single(org.Rows("account"));
    }
}
