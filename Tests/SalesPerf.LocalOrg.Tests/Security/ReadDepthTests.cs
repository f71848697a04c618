using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>Read depth trims Retrieve and RetrieveMultiple: Basic own rows, Local the business unit, Deep also child units, Global all.</summary>
public sealed class ReadDepthTests
{
    [Theory]
    [InlineData(PrivilegeDepth.Basic, new[] { "ann" })]
    [InlineData(PrivilegeDepth.Local, new[] { "ann", "ben" })]
    [InlineData(PrivilegeDepth.Deep, new[] { "ann", "ben", "cid" })]
    [InlineData(PrivilegeDepth.Global, new[] { "ann", "ben", "cid", "dee" })]
    public void RetrieveMultiple_ReadDepth_ReturnsTheRowsTheDepthReaches(PrivilegeDepth depth, string[] expected)
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", depth, PrivilegeVerb.Read)]);
        org.OneWidgetEach();
        org.Org.AssignRole(org.Ann, "Reader");

        Assert.Equal(expected, SecureOrg.Names(org.As(org.Ann)));
    }

    [Fact]
    public void Retrieve_OwnRowWithBasicRead_ReturnsIt()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);
        var own = org.Widget("ann", org.Ann);
        org.Org.AssignRole(org.Ann, "Reader");

        var row = org.As(org.Ann).Retrieve(SecureOrg.Table, own, new ColumnSet("test_name"));

        Assert.Equal("ann", row.GetAttributeValue<string>("test_name"));
    }

    [Fact]
    public void Retrieve_RowBeyondTheReadDepth_FaultsPrivilegeDenied()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Local, PrivilegeVerb.Read)]);
        var childUnits = org.Widget("cid", org.Cid);
        org.Org.AssignRole(org.Ann, "Reader");

        var fault = TestOrg.Fault(() => org.As(org.Ann).Retrieve(SecureOrg.Table, childUnits, new ColumnSet("test_name")));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Equal(-2147220960, fault.Detail.ErrorCode);
        Assert.Contains($"does not have ReadAccess right(s) for record with id {childUnits} of entity test_widget", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultiple_NoReadPrivilege_FaultsMissingPrivilege()
    {
        var org = new SecureOrg([SecureOrg.Role("Creator", PrivilegeDepth.Global, PrivilegeVerb.Create)]);
        org.Org.AssignRole(org.Ann, "Creator");

        var fault = TestOrg.Fault(() => SecureOrg.Names(org.As(org.Ann)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains($"Principal user (Id={org.Ann}", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Contains("is missing prvReadtest_widget privilege", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetrieveMultiple_TwoRoles_TheDeeperGrantWins()
    {
        var org = new SecureOrg([
            SecureOrg.Role("Own", PrivilegeDepth.Basic, PrivilegeVerb.Read),
            SecureOrg.Role("Unit", PrivilegeDepth.Local, PrivilegeVerb.Read),
        ]);
        org.OneWidgetEach();
        org.Org.AssignRole(org.Ann, "Own");
        org.Org.AssignRole(org.Ann, "Unit");

        Assert.Equal(["ann", "ben"], SecureOrg.Names(org.As(org.Ann)));
    }

    [Fact]
    public void RetrieveMultiple_UserWithoutRoles_IsDenied()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);
        org.OneWidgetEach();

        var fault = TestOrg.Fault(() => SecureOrg.Names(org.As(org.Ann)));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
    }

    [Fact]
    public void RetrieveMultiple_SystemAdministratorBesideARestrictedRole_ReadsEverything()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);
        org.OneWidgetEach();
        org.Org.AssignRole(org.Ann, "Reader");
        org.Org.AssignRole(org.Ann, "System Administrator");

        Assert.Equal(["ann", "ben", "cid", "dee"], SecureOrg.Names(org.As(org.Ann)));
    }

    [Fact]
    public void RetrieveMultiple_OrganizationOwnedTable_AnyGrantReadsEveryRow()
    {
        var basicOnPeriods = SecureOrg.RoleOn("Period reader", new() { ["spm_period"] = new System.Collections.Generic.Dictionary<PrivilegeVerb, PrivilegeDepth> { [PrivilegeVerb.Read] = PrivilegeDepth.Basic } });
        var org = new SecureOrg([basicOnPeriods]);
        foreach (var code in new[] { "FY2026-Q1", "FY2026-Q2" })
        {
            org.Org.Service.Create(new Entity("spm_period") { ["spm_name"] = code, ["spm_code"] = code });
        }

        org.Org.AssignRole(org.Ann, "Period reader");

        var rows = org.As(org.Ann).RetrieveMultiple(new QueryExpression("spm_period") { ColumnSet = new ColumnSet("spm_code") }).Entities;
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void RetrieveMultiple_SalesTableCheckedUnderThePlatformsPrivilegeName_OtherOutOfBoxTableNot()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Basic, PrivilegeVerb.Read)]);
        org.Org.AssignRole(org.Dee, "Reader");
        org.Org.AssignRole(org.Dee, "Salesperson");
        org.Org.ServiceFor(org.Dee).Create(new Entity("account") { ["name"] = "Dee's customer" });
        org.Org.AssignRole(org.Ann, "Reader");

        var refused = TestOrg.Fault(() => org.As(org.Ann).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }));
        var users = org.As(org.Ann).RetrieveMultiple(new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname") }).Entities;
        var accounts = org.As(org.Dee).RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet("name") }).Entities;

        Assert.Contains("is missing prvReadAccount privilege for entity 'account'", refused.Detail.Message, StringComparison.Ordinal);
        Assert.NotEmpty(users);
        Assert.Single(accounts);
    }
}
