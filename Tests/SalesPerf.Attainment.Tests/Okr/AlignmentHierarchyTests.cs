using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Attainment.Tests.Support;

namespace SalesPerf.Attainment.Tests.Okr;

/// <summary>
/// The alignment tree as a hierarchical relationship: the local organisation answers under, eq-or-under, above,
/// eq-or-above and not-under over spm_objective's parent lookup (Docs "Query hierarchical data"), in FetchXML and in
/// QueryExpression, and refuses them on a table that has no hierarchical relationship.
/// </summary>
public sealed class AlignmentHierarchyTests
{
    [Fact]
    public void HierarchyOperators_FollowTheParentObjective()
    {
        // Company ← Sales East ← Alice Q1;  Company ← Sales West;  Other stands alone.
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var nancy = org.User("Nancy");
        var company = OkrBook.Objective(org, nancy, periods.Q1, "Company");
        var east = OkrBook.Objective(org, nancy, periods.Q1, "Sales East", company);
        var alice = OkrBook.Objective(org, nancy, periods.Q1, "Alice Q1", east);
        OkrBook.Objective(org, nancy, periods.Q1, "Sales West", company);
        OkrBook.Objective(org, nancy, periods.Q1, "Other");

        Assert.Equal(new[] { "Alice Q1", "Sales East", "Sales West" }, Fetch(org, "under", company));
        Assert.Equal(new[] { "Alice Q1", "Company", "Sales East", "Sales West" }, Fetch(org, "eq-or-under", company));
        Assert.Equal(new[] { "Company", "Sales East" }, Fetch(org, "above", alice));
        Assert.Equal(new[] { "Alice Q1", "Company", "Sales East" }, Fetch(org, "eq-or-above", alice));
        Assert.Equal(new[] { "Company", "Other" }, Fetch(org, "not-under", company));
        Assert.Equal(new[] { "Alice Q1" }, Fetch(org, "under", east));
        Assert.Empty(Fetch(org, "under", alice));

        var query = new QueryExpression("spm_objective") { ColumnSet = new ColumnSet("spm_name") };
        query.Criteria.AddCondition("spm_objectiveid", ConditionOperator.UnderOrEqual, east);
        Assert.Equal(new[] { "Alice Q1", "Sales East" }, org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("spm_name")).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void HierarchyOperator_OnATableWithoutAHierarchicalRelationship_Faults()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => org.Service.RetrieveMultiple(new FetchExpression(
            $"""<fetch><entity name="spm_period"><attribute name="spm_name" /><filter><condition attribute="spm_periodid" operator="under" value="{periods.Q1}" /></filter></entity></fetch>""")));

        Assert.Contains("needs a hierarchical relationship, and spm_period has none", fault.Detail.Message, StringComparison.Ordinal);
    }

    private static string[] Fetch(SalesOrg org, string op, Guid objective) => org.Service.RetrieveMultiple(new FetchExpression(
            $"""<fetch><entity name="spm_objective"><attribute name="spm_name" /><filter><condition attribute="spm_objectiveid" operator="{op}" value="{objective}" /></filter></entity></fetch>"""))
        .Entities.Select(e => e.GetAttributeValue<string>("spm_name")).OrderBy(n => n, StringComparer.Ordinal).ToArray();
}
