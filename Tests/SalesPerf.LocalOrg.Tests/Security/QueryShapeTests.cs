using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Tests.Support;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Tests.Security;

/// <summary>FetchXML aggregates count and sum only readable rows; link-entities to custom tables are trimmed the same way.</summary>
public sealed class QueryShapeTests
{
    [Fact]
    public void FetchAggregate_LocalRead_AggregatesOnlyTheBusinessUnitsRows()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Local, PrivilegeVerb.Read)]);
        org.OneWidgetEach(); // test_count 1 each; Ann and Ben are in East
        org.Org.AssignRole(org.Ann, "Reader");

        var row = Assert.Single(org.As(org.Ann).RetrieveMultiple(new FetchExpression("""
            <fetch aggregate="true">
              <entity name="test_widget">
                <attribute name="test_widgetid" alias="rows" aggregate="count" />
                <attribute name="test_count" alias="total" aggregate="sum" />
              </entity>
            </fetch>
            """)).Entities);

        Assert.Equal(2, row.GetAttributeValue<AliasedValue>("rows").Value);
        Assert.Equal(2, row.GetAttributeValue<AliasedValue>("total").Value);
    }

    [Fact]
    public void FetchAggregate_Administrator_AggregatesEveryRow()
    {
        var org = new SecureOrg([SecureOrg.Role("Reader", PrivilegeDepth.Local, PrivilegeVerb.Read)]);
        org.OneWidgetEach();

        var row = Assert.Single(org.Org.Service.RetrieveMultiple(new FetchExpression("""
            <fetch aggregate="true">
              <entity name="test_widget">
                <attribute name="test_widgetid" alias="rows" aggregate="count" />
              </entity>
            </fetch>
            """)).Entities);

        Assert.Equal(4, row.GetAttributeValue<AliasedValue>("rows").Value);
    }

    [Fact]
    public void LinkEntity_InnerJoinToUnreadableRows_DropsTheParentRows()
    {
        var org = new SecureOrg([Role("Targets everywhere, scorecards own", PrivilegeDepth.Global, PrivilegeDepth.Basic)]);
        var annCard = Scorecard(org, org.Ann);
        var benCard = Scorecard(org, org.Ben);
        Target(org, org.Ann, annCard, "ann target");
        Target(org, org.Ben, benCard, "ben target");
        org.Org.AssignRole(org.Ann, "Targets everywhere, scorecards own");

        var all = TargetNames(org.As(org.Ann), join: null);
        var joined = TargetNames(org.As(org.Ann), JoinOperator.Inner);
        var outer = TargetNames(org.As(org.Ann), JoinOperator.LeftOuter);

        Assert.Equal(["ann target", "ben target"], all);
        Assert.Equal(["ann target"], joined);
        Assert.Equal(["ann target", "ben target"], outer);
    }

    [Fact]
    public void LinkEntity_ToACustomTableWithoutReadPrivilege_FaultsPrivilegeDenied()
    {
        var targetsOnly = SecureOrg.RoleOn("Targets only", new() { ["spm_target"] = Grant(PrivilegeDepth.Global) });
        var org = new SecureOrg([targetsOnly]);
        org.Org.AssignRole(org.Ann, "Targets only");

        var fault = TestOrg.Fault(() => TargetNames(org.As(org.Ann), JoinOperator.Inner));

        Assert.Equal(ErrorCodes.PrivilegeDenied, fault.Detail.ErrorCode);
        Assert.Contains("is missing prvReadspm_scorecard privilege", fault.Detail.Message, StringComparison.Ordinal);
    }

    private static RoleDefinition Role(string name, PrivilegeDepth targets, PrivilegeDepth scorecards) =>
        SecureOrg.RoleOn(name, new() { ["spm_target"] = Grant(targets), ["spm_scorecard"] = Grant(scorecards) });

    private static Dictionary<PrivilegeVerb, PrivilegeDepth> Grant(PrivilegeDepth depth) => new() { [PrivilegeVerb.Read] = depth };

    private static Guid Scorecard(SecureOrg org, Guid owner) => org.Org.Service.Create(new Entity("spm_scorecard")
    {
        ["spm_name"] = "card",
        ["ownerid"] = new EntityReference("systemuser", owner),
    });

    private static void Target(SecureOrg org, Guid owner, Guid scorecard, string name) => org.Org.Service.Create(new Entity("spm_target")
    {
        ["spm_name"] = name,
        ["ownerid"] = new EntityReference("systemuser", owner),
        ["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard),
    });

    private static string[] TargetNames(IOrganizationService service, JoinOperator? join)
    {
        var query = new QueryExpression("spm_target") { ColumnSet = new ColumnSet("spm_name") };
        if (join is JoinOperator how)
        {
            query.AddLink("spm_scorecard", "spm_scorecardid", "spm_scorecardid", how);
        }

        return service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("spm_name")).Order(StringComparer.Ordinal).ToArray();
    }
}
