using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Commission.Tests.Support;
using SalesPerf.LocalOrg.Security;
using static SalesPerf.Commission.Tests.Support.CommissionOrg;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Who is an Admin of a statement is decided by role identity (semantics doc section 10), through the real steps: System
/// Administrator by its template id whatever the organisation calls it, SalesPerf Admin by the solution's role id in
/// the root unit or its copy in a child unit, held directly or through a team, renamed or not.
/// </summary>
public sealed class StatementAdminRoleTests
{
    private static readonly Guid SalesPerfAdmin = new("6f0c2a8e-1d3b-4c5a-9e7f-0a1b2c3d4e03");

    private static (CommissionOrg Org, Guid Statement) OpenStatement(int languageCode = 1033)
    {
        var org = CommissionOrg.Create(languageCode: languageCode);
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)));
        org.Assign(org.Alice, plan, org.Q1, 100000m, "Alice Q1");
        org.Won(org.Alice, 10000m, "2026-03-20");
        org.Q1Ended();
        return (org, org.Statement(org.Alice, org.Q1).Id);
    }

    private static int Status(CommissionOrg org, Guid statement) =>
        org.Service.Retrieve("spm_commissionstatement", statement, new ColumnSet("statuscode")).GetAttributeValue<OptionSetValue>("statuscode").Value;

    [Fact]
    public void Approve_ChineseOrganisationUserHoldingItsSystemAdministrator_Approves()
    {
        var (org, statement) = OpenStatement(languageCode: 2052);
        var sam = org.Org.CreateUser("Sam Admin");
        org.Org.AssignRole(sam, "系统管理员");

        org.SetStatus(sam, statement, Approved);

        Assert.Equal(Approved, Status(org, statement));
    }

    [Fact]
    public void Approve_SalesPerfAdminHeldThroughATeam_Approves()
    {
        var (org, statement) = OpenStatement();
        var tess = org.Org.CreateUser("Tess Ops");
        var team = org.Org.CreateTeam("Sales operations", [tess]);
        org.Org.AssignTeamRole(team, SalesPerfAdmin);

        org.SetStatus(tess, statement, Approved);

        Assert.Equal(Approved, Status(org, statement));
    }

    [Fact]
    public void Approve_SalesPerfAdminCopyOfAChildBusinessUnit_Approves()
    {
        var (org, statement) = OpenStatement();
        var east = org.Org.CreateBusinessUnit("East");
        var ewan = org.Org.CreateUser("Ewan East", businessUnitId: east);
        org.Org.AssignRole(ewan, "SalesPerf Admin");
        Assert.NotEqual(SalesPerfAdmin, org.Org.RoleId(SalesPerfAdmin, east));

        org.SetStatus(ewan, statement, Approved);

        Assert.Equal(Approved, Status(org, statement));
    }

    [Fact]
    public void Approve_AdminRoleRenamed_StillApproves()
    {
        var (org, statement) = OpenStatement();
        org.Service.Update(new Entity("role", SalesPerfAdmin) { ["name"] = "销售绩效管理员" });

        org.SetStatus(org.Oscar, statement, Approved);

        Assert.Equal(Approved, Status(org, statement));
    }

    [Fact]
    public void Approve_RoleNamedLikeTheAdminRoleButAnotherRole_FaultsWrongRole()
    {
        var (org, statement) = OpenStatement();
        var customizer = org.Org.Rows("role").Single(r => r.GetAttributeValue<EntityReference>("roletemplateid")?.Id == BuiltInRole.SystemCustomizer.TemplateId
            && r.GetAttributeValue<EntityReference>("parentrootroleid") is null);
        org.Service.Update(new Entity("role", customizer.Id) { ["name"] = "System Administrator" });

        var fault = Fault(() => org.SetStatus(org.Rita, statement, Approved));

        Assert.StartsWith("[SPM-STM-002]", fault.Message);
        Assert.Equal(Open, Status(org, statement));
    }
}
