using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Security;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>
/// Roles as Dataverse keeps them (semantics doc section 10): built-in roles known by roletemplateid and named in the
/// base language, the solution's roles with their solution ids and a copy per child business unit, the administrator's
/// real systemuserroles row, roles held through teams, and no access at all without a role.
/// </summary>
public sealed class RoleIdentityTests
{
    private static readonly Guid SalesPerfAdmin = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03");

    private static Entity BuiltInRow(LocalOrganization org, BuiltInRole role) =>
        org.Rows("role").Single(r => r.GetAttributeValue<EntityReference>("roletemplateid")?.Id == role.TemplateId
            && r.GetAttributeValue<EntityReference>("businessunitid").Id == org.RootBusinessUnitId);

    [Fact]
    public void BuiltInRoles_ChineseOrganisation_AreNamedInChineseAndKeepTheirTemplateIds()
    {
        var org = new LocalOrganization(new LocalOrganizationOptions { LanguageCode = 2052 });

        Assert.Equal("系统管理员", BuiltInRow(org, BuiltInRole.SystemAdministrator).GetAttributeValue<string>("name"));
        Assert.Equal("系统定制员", BuiltInRow(org, BuiltInRole.SystemCustomizer).GetAttributeValue<string>("name"));
        Assert.Equal(new Guid("627090FF-40A3-4053-8790-584EDC5BE201"), BuiltInRole.SystemAdministrator.TemplateId);
        Assert.Equal(new Guid("119F245C-3CC8-4b62-B31C-D1A046CED15D"), BuiltInRole.SystemCustomizer.TemplateId);
    }

    [Fact]
    public void BuiltInRoles_EnglishOrganisation_AreNamedInEnglish()
    {
        var org = new LocalOrganization();

        Assert.Equal("System Administrator", BuiltInRow(org, BuiltInRole.SystemAdministrator).GetAttributeValue<string>("name"));
        Assert.Equal("System Customizer", BuiltInRow(org, BuiltInRole.SystemCustomizer).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void AssignRole_ChineseOrganisation_TakesTheChineseNameOrTheTemplateIdButNotTheEnglishName()
    {
        var org = new LocalOrganization(new LocalOrganizationOptions { LanguageCode = 2052 });
        var byName = org.CreateUser("Wang Fang");
        var byIdentity = org.CreateUser("Li Na");

        org.AssignRole(byName, "系统管理员");
        org.AssignRole(byIdentity, BuiltInRole.SystemAdministrator.TemplateId);

        var administrator = BuiltInRow(org, BuiltInRole.SystemAdministrator).Id;
        Assert.Equal(2, org.Rows("systemuserroles").Count(r => r.GetAttributeValue<Guid>("roleid") == administrator && r.GetAttributeValue<Guid>("systemuserid") != org.AdministratorId));
        Assert.Throws<ArgumentException>(() => org.AssignRole(byName, "System Administrator"));
    }

    [Fact]
    public void BuiltInAdministrator_HoldsSystemAdministratorThroughASystemUserRolesRow()
    {
        var org = new LocalOrganization();

        var held = org.Rows("systemuserroles").Where(r => r.GetAttributeValue<Guid>("systemuserid") == org.AdministratorId).Select(r => r.GetAttributeValue<Guid>("roleid"));

        Assert.Equal([BuiltInRow(org, BuiltInRole.SystemAdministrator).Id], held);
    }

    [Fact]
    public void SolutionRoles_AreInstalledWithTheirSolutionIdsInTheRootBusinessUnit()
    {
        var org = new LocalOrganization();

        var admin = org.Rows("role").Single(r => r.Id == SalesPerfAdmin);

        Assert.Equal("SalesPerf Admin", admin.GetAttributeValue<string>("name"));
        Assert.Equal(org.RootBusinessUnitId, admin.GetAttributeValue<EntityReference>("businessunitid").Id);
        Assert.Null(admin.GetAttributeValue<EntityReference>("parentrootroleid"));
    }

    [Fact]
    public void CreateBusinessUnit_CopiesEveryRoleIntoItPointingBackToTheRootRole()
    {
        var org = new LocalOrganization();
        var roots = org.Rows("role").Where(r => r.GetAttributeValue<EntityReference>("businessunitid").Id == org.RootBusinessUnitId).ToList();

        var east = org.CreateBusinessUnit("East");
        var north = org.CreateBusinessUnit("East North", east);

        var inEast = org.Rows("role").Where(r => r.GetAttributeValue<EntityReference>("businessunitid").Id == east).ToList();
        Assert.Equal(roots.Select(r => r.Id).Order(), inEast.Select(r => r.GetAttributeValue<EntityReference>("parentrootroleid").Id).Order());
        Assert.DoesNotContain(inEast, r => roots.Any(root => root.Id == r.Id));
        var adminInNorth = org.Rows("role").Single(r => r.Id == org.RoleId(SalesPerfAdmin, north));
        Assert.Equal(SalesPerfAdmin, adminInNorth.GetAttributeValue<EntityReference>("parentrootroleid").Id);
        Assert.Equal(org.RoleId(SalesPerfAdmin, east), adminInNorth.GetAttributeValue<EntityReference>("parentroleid").Id);
        Assert.Equal("SalesPerf Admin", adminInNorth.GetAttributeValue<string>("name"));
        var administratorInEast = inEast.Single(r => r.GetAttributeValue<EntityReference>("roletemplateid")?.Id == BuiltInRole.SystemAdministrator.TemplateId);
        Assert.Equal(BuiltInRow(org, BuiltInRole.SystemAdministrator).Id, administratorInEast.GetAttributeValue<EntityReference>("parentrootroleid").Id);
    }

    [Fact]
    public void AssignRole_UserOfAChildBusinessUnit_HoldsTheUnitsCopy()
    {
        var org = new LocalOrganization();
        var east = org.CreateBusinessUnit("East");
        var user = org.CreateUser("Ann", businessUnitId: east);

        org.AssignRole(user, "SalesPerf Admin");

        var held = org.Rows("systemuserroles").Single(r => r.GetAttributeValue<Guid>("systemuserid") == user).GetAttributeValue<Guid>("roleid");
        Assert.Equal(org.RoleId(SalesPerfAdmin, east), held);
        Assert.NotEqual(SalesPerfAdmin, held);
    }

    [Fact]
    public void UserWithoutRole_Read_IsDenied()
    {
        var org = TestOrg.Create();
        var account = org.Account();
        var user = org.CreateUser("Nobody");

        var retrieve = TestOrg.Fault(() => org.ServiceFor(user).Retrieve("account", account, new ColumnSet("name")));
        var query = TestOrg.Fault(() => org.ServiceFor(user).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, retrieve.Detail.ErrorCode);
        Assert.Equal(ErrorCodes.PrivilegeDenied, query.Detail.ErrorCode);
        Assert.Contains("roleCount=0", retrieve.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UserWithoutRole_Write_IsDeniedAndWritesNothing()
    {
        var org = TestOrg.Create();
        var account = org.Account();
        var user = org.CreateUser("Nobody");

        var create = TestOrg.Fault(() => org.ServiceFor(user).Create(new Entity(TestTables.Widget.LogicalName) { ["test_name"] = "w" }));
        var update = TestOrg.Fault(() => org.ServiceFor(user).Update(new Entity("account", account) { ["name"] = "Renamed" }));

        Assert.Equal(ErrorCodes.PrivilegeDenied, create.Detail.ErrorCode);
        Assert.Equal(ErrorCodes.PrivilegeDenied, update.Detail.ErrorCode);
        Assert.Equal(0, org.Count(TestTables.Widget.LogicalName));
        Assert.Equal("Acme", org.Service.Retrieve("account", account, new ColumnSet("name")).GetAttributeValue<string>("name"));
    }

    [Fact]
    public void RoleThroughATeam_GrantsItsPrivilegesToTheMembers()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Local, PrivilegeVerb.Read)]);
        org.OneWidgetEach();
        var team = org.Org.CreateTeam("East readers", [org.Ann], org.East);
        var reader = org.Org.Rows("role").Single(r => r.GetAttributeValue<string>("name") == "Reader" && r.GetAttributeValue<EntityReference>("parentrootroleid") is null).Id;

        org.Org.AssignTeamRole(team, reader);

        Assert.Equal(["ann", "ben"], SecureOrg.Names(org.As(org.Ann)));
        Assert.Equal(ErrorCodes.PrivilegeDenied, TestOrg.Fault(() => SecureOrg.Names(org.As(org.Ben))).Detail.ErrorCode);
    }

    [Fact]
    public void AssignRole_AfterTheRoleIsRenamed_FindsItByItsNewName()
    {
        var org = new LocalOrganization();
        var user = org.CreateUser("Ann");
        org.Service.Update(new Entity("role", SalesPerfAdmin) { ["name"] = "销售绩效管理员" });

        org.AssignRole(user, "销售绩效管理员");

        Assert.Equal(SalesPerfAdmin, org.Rows("systemuserroles").Single(r => r.GetAttributeValue<Guid>("systemuserid") == user).GetAttributeValue<Guid>("roleid"));
        Assert.Throws<ArgumentException>(() => org.AssignRole(user, "SalesPerf Admin"));
    }
}
