using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Reviews.Tests.Support;
using static SalesPerf.Reviews.Tests.Support.ReviewOrg;

namespace SalesPerf.Reviews.Tests;

public sealed class StartReviewCycleTests
{
    private const string Plugin = "SalesPerf.Plugins.Reviews.StartReviewCyclePlugin";

    [Fact]
    public void StartReviewCycle_RunTwice_CreatesEveryDraftOnceThenNothing()
    {
        var org = ReviewOrg.Create();

        var first = Start(org, org.Org.Service, null);
        var second = Start(org, org.Org.Service, null);

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        var reviews = Reviews(org);
        Assert.Equal(3, reviews.Length);
        var alice = reviews.Single(r => r.GetAttributeValue<EntityReference>("ownerid").Id == org.Alice);
        Assert.Equal("Alice Wang – FY2026 Q1", alice["spm_name"]);
        Assert.Equal(org.Nancy, alice.GetAttributeValue<EntityReference>("spm_reviewerid").Id);
        Assert.Equal(org.AliceScorecard, alice.GetAttributeValue<EntityReference>("spm_scorecardid").Id);
        Assert.Equal(Draft, alice.GetAttributeValue<OptionSetValue>("statuscode").Value);
        var carl = reviews.Single(r => r.GetAttributeValue<EntityReference>("ownerid").Id == org.Carl);
        Assert.Equal(org.Mike, carl.GetAttributeValue<EntityReference>("spm_reviewerid").Id);
    }

    [Fact]
    public void StartReviewCycle_TwoRuns_TwoQueriesEachAndOneCreatePerNewReview()
    {
        var org = ReviewOrg.Create();
        org.Org.ServiceCalls.Reset();

        Start(org, org.Org.Service, null);
        Start(org, org.Org.Service, null);

        var calls = org.Org.ServiceCalls.ByPluginAndMessage.Where(c => c.Key.PluginType == Plugin).ToDictionary(c => c.Key.Message, c => c.Value);
        Assert.Equal(4, calls["RetrieveMultiple"]);
        Assert.Equal(3, calls["Create"]);
        Assert.Equal(2, calls.Count);
    }

    [Fact]
    public void StartReviewCycle_ForAManager_OnlyTheDirectReportsThenTheRest()
    {
        var org = ReviewOrg.Create();

        var nancys = Start(org, org.As(org.Nancy), org.Nancy);
        var everyone = Start(org, org.Org.Service, null);

        Assert.Equal(2, nancys);
        Assert.Equal(1, everyone);
        Assert.Equal(new[] { org.Alice, org.Bob, org.Carl }.Order(), Reviews(org).Select(r => r.GetAttributeValue<EntityReference>("ownerid").Id).Order());
    }

    [Fact]
    public void StartReviewCycle_ReviewAlreadyCreatedByHand_NotDuplicated()
    {
        var org = ReviewOrg.Create();
        var existing = org.NewReview(org.Alice);

        var created = Start(org, org.Org.Service, null);

        Assert.Equal(2, created);
        Assert.Single(Reviews(org), r => r.GetAttributeValue<EntityReference>("ownerid").Id == org.Alice && r.Id == existing);
    }

    [Fact]
    public void StartReviewCycle_CallerInAnotherBusinessUnit_NobodyInScope()
    {
        var org = ReviewOrg.Create();
        var west = org.Org.CreateBusinessUnit("West");
        var walter = org.Org.CreateUser("Walter West", businessUnitId: west);
        org.Org.AssignRole(walter, "SalesPerf Manager");

        var created = Start(org, org.As(walter), null);

        Assert.Equal(0, created);
        Assert.Empty(Reviews(org));
    }

    private static int Start(ReviewOrg org, IOrganizationService service, Guid? manager)
    {
        var request = new OrganizationRequest("spm_StartReviewCycle") { ["Period"] = new EntityReference("spm_period", org.Period) };
        if (manager.HasValue)
        {
            request["Manager"] = new EntityReference("systemuser", manager.Value);
        }

        return (int)service.Execute(request).Results["Created"];
    }

    private static Entity[] Reviews(ReviewOrg org) =>
        org.Org.Service.RetrieveMultiple(new QueryExpression("spm_review") { ColumnSet = new ColumnSet(true) }).Entities.ToArray();
}
