using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>eq-userid / ne-userid compare with the user the request runs as (FetchXML and QueryExpression alike).</summary>
public sealed class CallerOperatorTests
{
    private readonly LocalOrganization org = new();
    private readonly Guid ann;
    private readonly Guid ben;

    public CallerOperatorTests()
    {
        ann = org.AdministratorUser("Ann Lee");
        ben = org.AdministratorUser("Ben Ong");
        Own("Ann's account", ann);
        Own("Ben's account", ben);
    }

    [Fact]
    public void FetchEqUserId_ReturnsTheCallersRowsOnly()
    {
        Assert.Equal(["Ann's account"], Names(org.ServiceFor(ann), "eq-userid"));
        Assert.Equal(["Ben's account"], Names(org.ServiceFor(ben), "eq-userid"));
    }

    [Fact]
    public void FetchNeUserId_ReturnsEveryoneElsesRows()
    {
        Assert.Equal(["Ben's account"], Names(org.ServiceFor(ann), "ne-userid"));
    }

    [Fact]
    public void QueryExpressionEqualUserId_MatchesFetchXml()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.EqualUserId);

        var names = org.ServiceFor(ben).RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name"));

        Assert.Equal(["Ben's account"], names);
    }

    private void Own(string name, Guid owner) =>
        org.Service.Create(new Entity("account") { ["name"] = name, ["ownerid"] = new EntityReference("systemuser", owner) });

    private static string[] Names(IOrganizationService service, string op) =>
        service.RetrieveMultiple(new FetchExpression(
                $"""<fetch><entity name="account"><attribute name="name" /><filter><condition attribute="ownerid" operator="{op}" /></filter><order attribute="name" /></entity></fetch>"""))
            .Entities.Select(e => e.GetAttributeValue<string>("name")).ToArray()!;
}
