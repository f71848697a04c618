using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.Plugins.Registration;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>Teams, the SYSTEM user, the fault and the rollback of a refused request, and the role rows themselves.</summary>
public sealed class TeamAndSystemTests
{
    [Fact]
    public void RetrieveMultiple_BasicRead_IncludesRowsOwnedByTheUsersTeamButNotOtherTeams()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);
        var annsTeam = org.Org.CreateTeam("Ann's team", [org.Ann, org.Dee]);
        var otherTeam = org.Org.CreateTeam("Other team", [org.Ben]);
        org.Widget("team", annsTeam, "team");
        org.Widget("other team", otherTeam, "team");
        org.Widget("ben", org.Ben);
        org.Org.AssignRole(org.Ann, "Reader");

        Assert.Equal(["team"], SecureOrg.Names(org.As(org.Ann)));
    }

    [Fact]
    public void PluginServices_SystemReadsEverythingTheCallerIsTrimmed()
    {
        var org = new SecureOrg(
            [SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)],
            TestOrg.Step<CountWidgetsPlugin>("Create", "account", PipelineStage.PostOperation));
        org.OneWidgetEach();
        org.Org.AssignRole(org.Ann, "Reader");
        org.Org.AssignRole(org.Ann, "Salesperson"); // account is a checked sales table

        org.As(org.Ann).Create(new Entity("account") { ["name"] = "Acme" });

        Assert.Equal(["system=4", "caller=1"], org.Org.Traces<CountWidgetsPlugin>());
    }

    [Fact]
    public void RefusedUpdate_RollsBackWhatItsStepsAlreadyWrote()
    {
        var org = new SecureOrg(
            [SecureOrg.Role("Reader", PrivilegeDepth.Global, PrivilegeVerb.Read)],
            TestOrg.Step<CreateAccountAsSystemPlugin>("Update", SecureOrg.Table, PipelineStage.PreOperation));
        var bens = org.Widget("ben", org.Ben);
        org.Org.AssignRole(org.Ann, "Reader");

        var fault = TestOrg.Fault(() => org.As(org.Ann).Update(new Entity(SecureOrg.Table, bens) { ["test_count"] = 9 }));

        Assert.Equal(-2147220960, fault.Detail.ErrorCode);
        Assert.Contains("is missing prvWritetest_widget privilege", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Empty(org.Org.Rows("account"));
        Assert.Equal(1, org.Org.Rows(SecureOrg.Table).Single().GetAttributeValue<int>("test_count"));
    }

    [Fact]
    public void AssignRole_AssociatesThroughSystemUserRolesWithTheRoleOfTheUsersBusinessUnit()
    {
        var reader = SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read);
        var org = new SecureOrg([reader]);

        org.Org.AssignRole(org.Ann, "Reader");

        var role = org.Org.Rows("role").Single(r => r.Id == org.Org.RoleId(reader.Id, org.East));
        Assert.Equal("Reader", role.GetAttributeValue<string>("name"));
        Assert.Equal(org.East, role.GetAttributeValue<EntityReference>("businessunitid").Id);
        var link = Assert.Single(org.Org.Rows("systemuserroles"), r => r.GetAttributeValue<Guid>("systemuserid") == org.Ann);
        Assert.Equal(role.Id, link.GetAttributeValue<Guid>("roleid"));
    }

    [Fact]
    public void Disassociate_LastRoleRemoved_UserIsDeniedEverything()
    {
        var reader = SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read);
        var org = new SecureOrg([reader]);
        org.OneWidgetEach();
        org.Org.AssignRole(org.Ann, "Reader");
        Assert.Single(SecureOrg.Names(org.As(org.Ann)));
        var role = new EntityReference("role", org.Org.RoleId(reader.Id, org.East));

        org.Org.Service.Disassociate("systemuser", org.Ann, new Relationship("systemuserroles_association"), new EntityReferenceCollection { role });

        Assert.Equal(ErrorCodes.PrivilegeDenied, TestOrg.Fault(() => SecureOrg.Names(org.As(org.Ann))).Detail.ErrorCode);
    }

    [Fact]
    public void AssignRole_UnknownRole_ThrowsNamingTheKnownRoles()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);

        var error = Assert.Throws<ArgumentException>(() => org.Org.AssignRole(org.Ann, "Nobody"));

        Assert.Contains("'Nobody'", error.Message, StringComparison.Ordinal);
        Assert.Contains("System Administrator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultOrganisation_InstallsTheBuiltInRolesTheSolutionsRolesAndTheBaseSalesRoles()
    {
        var org = new LocalOrganization();

        var names = org.Rows("role").Select(r => r.GetAttributeValue<string>("name")).Order(StringComparer.Ordinal);

        Assert.Equal(["Sales Manager", "SalesPerf Admin", "SalesPerf Manager", "SalesPerf Rep", "Salesperson", "System Administrator", "System Customizer"], names);
        Assert.Contains(org.Rows("role"), r => r.Id == new Guid("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e01"));
    }

    /// <summary>Counts widgets through SYSTEM (CreateOrganizationService(null)) and through the caller.</summary>
    public sealed class CountWidgetsPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory)
        {
            var query = new QueryExpression(SecureOrg.Table) { ColumnSet = new ColumnSet("test_name") };
            tracing.Trace("system={0}", factory.CreateOrganizationService(null).RetrieveMultiple(query).Entities.Count);
            tracing.Trace("caller={0}", service.RetrieveMultiple(query).Entities.Count);
        }
    }

    /// <summary>Writes an account as SYSTEM before the main operation: a later refusal must take it back.</summary>
    public sealed class CreateAccountAsSystemPlugin : TestPlugin
    {
        protected override void Run(IPluginExecutionContext context, ITracingService tracing, IOrganizationService service, IOrganizationServiceFactory factory) =>
            factory.CreateOrganizationService(null).Create(new Entity("account") { ["name"] = "written before the check" });
    }
}
