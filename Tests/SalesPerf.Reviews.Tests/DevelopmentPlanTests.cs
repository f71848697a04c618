using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Reviews.Tests.Support;

namespace SalesPerf.Reviews.Tests;

/// <summary>
/// Development plans through the local organisation: items proposed from a review's weakest scores (bounded,
/// idempotent), completion tracked as the plan's engine-written progress, and every rule refusing bad input.
/// </summary>
public sealed class DevelopmentPlanTests
{
    private const int Completed = 100000002;
    private const int Cancelled = 100000003;

    [Fact]
    public void Propose_FromRatingsTwoAndThreeAndAKpiAt80Percent_AddsThreeItemsToANewPlan()
    {
        var (r, review) = RatedReview();

        var response = Propose(r, review);

        Assert.Equal(3, (int)response["Created"]);
        var plan = (EntityReference)response["Plan"];
        var items = Items(r, plan.Id);
        Assert.Equal(
            ["Attitude: rated 3 of 5", "Score: 80 % attained", "Teamwork: rated 2 of 5"],
            items.Select(i => i.GetAttributeValue<string>("spm_name")).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        Assert.All(items, i => Assert.Equal(r.Alice, i.GetAttributeValue<EntityReference>("ownerid").Id));
        Assert.All(items, i => Assert.Equal(new DateTime(2026, 6, 29), i.GetAttributeValue<DateTime>("spm_duedate").Date));
        var stored = Plan(r, plan.Id);
        Assert.Equal(r.Alice, stored.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(0m, stored.GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Equal(3, stored.GetAttributeValue<int?>("spm_itemcount"));
    }

    [Fact]
    public void Propose_Again_CreatesNothing()
    {
        var (r, review) = RatedReview();
        Propose(r, review);

        var again = Propose(r, review);

        Assert.Equal(0, (int)again["Created"]);
        Assert.Equal(3, Items(r, ((EntityReference)again["Plan"]).Id).Count);
    }

    [Fact]
    public void CompletingAndCancellingItems_MovesTheProgress()
    {
        var (r, review) = RatedReview();
        var plan = ((EntityReference)Propose(r, review)["Plan"]).Id;
        var items = Items(r, plan);

        r.As(r.Alice).Update(new Entity("spm_developmentitem", items[0].Id) { ["spm_itemstatus"] = new OptionSetValue(Completed) });
        Assert.Equal(33.33m, Plan(r, plan).GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Equal(new DateTime(2026, 3, 31), r.Org.Service.Retrieve("spm_developmentitem", items[0].Id, new ColumnSet("spm_completedon")).GetAttributeValue<DateTime>("spm_completedon").Date);

        r.As(r.Nancy).Update(new Entity("spm_developmentitem", items[1].Id) { ["spm_itemstatus"] = new OptionSetValue(Cancelled) });
        Assert.Equal(50m, Plan(r, plan).GetAttributeValue<decimal?>("spm_progresspercent"));
        Assert.Equal(1, Plan(r, plan).GetAttributeValue<int?>("spm_completeditemcount"));
    }

    [Fact]
    public void CompletingAnItem_CostsFourCalls()
    {
        var (r, review) = RatedReview();
        var plan = ((EntityReference)Propose(r, review)["Plan"]).Id;
        var item = Items(r, plan)[0].Id;
        r.Org.ServiceCalls.Reset();

        r.As(r.Alice).Update(new Entity("spm_developmentitem", item) { ["spm_itemstatus"] = new OptionSetValue(Completed) });

        // Progress: the plan's item statuses (1), the plan (1), one write (1); the rules read nothing for a status change.
        Assert.Equal(3, r.Org.ServiceCalls.Total);
    }

    [Fact]
    public void SecondPlanForThePersonAndPeriod_FaultsDev001()
    {
        var (r, review) = RatedReview();
        Propose(r, review);

        var fault = ReviewOrg.Fault(() => r.As(r.Nancy).Create(new Entity("spm_developmentplan")
        {
            ["spm_name"] = "Alice again",
            ["ownerid"] = new EntityReference("systemuser", r.Alice),
            ["spm_periodid"] = new EntityReference("spm_period", r.Period),
        }));

        Assert.StartsWith("[SPM-DEV-001] Development plan 'Alice again': this person already has the development plan 'Development: Alice Wang – FY2026 Q1' for the period", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompletedOnWithoutCompletion_FaultsDev002AndChangesNothing()
    {
        var (r, review) = RatedReview();
        var plan = ((EntityReference)Propose(r, review)["Plan"]).Id;
        var item = Items(r, plan)[0].Id;

        var fault = ReviewOrg.Fault(() => r.As(r.Alice).Update(new Entity("spm_developmentitem", item) { ["spm_completedon"] = new DateTime(2026, 3, 1) }));

        Assert.StartsWith("[SPM-DEV-002] ", fault.Message, StringComparison.Ordinal);
        Assert.Null(r.Org.Service.Retrieve("spm_developmentitem", item, new ColumnSet("spm_completedon")).GetAttributeValue<DateTime?>("spm_completedon"));
    }

    [Fact]
    public void CompletedTomorrow_FaultsDev004()
    {
        var (r, review) = RatedReview();
        var plan = ((EntityReference)Propose(r, review)["Plan"]).Id;
        var item = Items(r, plan)[0].Id;

        var fault = ReviewOrg.Fault(() => r.As(r.Alice).Update(new Entity("spm_developmentitem", item)
        {
            ["spm_itemstatus"] = new OptionSetValue(Completed),
            ["spm_completedon"] = new DateTime(2026, 4, 1),
        }));

        Assert.Contains("[SPM-DEV-004] ", fault.Message, StringComparison.Ordinal);
        Assert.Contains("2026-04-01", fault.Message, StringComparison.Ordinal);
        Assert.Equal(0m, Plan(r, plan).GetAttributeValue<decimal?>("spm_progresspercent"));
    }

    [Fact]
    public void ProgressWrittenByAUser_FaultsComputedColumn()
    {
        var (r, review) = RatedReview();
        var plan = ((EntityReference)Propose(r, review)["Plan"]).Id;

        var fault = ReviewOrg.Fault(() => r.As(r.Nancy).Update(new Entity("spm_developmentplan", plan) { ["spm_progresspercent"] = 100m }));

        Assert.StartsWith("[SPM-CMP-001] ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemWithoutPlan_FaultsDev005()
    {
        var r = ReviewOrg.Create();

        var fault = ReviewOrg.Fault(() => r.As(r.Alice).Create(new Entity("spm_developmentitem") { ["spm_name"] = "Read a book" }));

        Assert.StartsWith("[SPM-DEV-005] Development item 'Read a book': choose the development plan it belongs to.", fault.Message, StringComparison.Ordinal);
    }

    /// <summary>Alice's review in Manager review: scorecard 80 (one KPI target at 80 %), ratings 2, 4, 5, 3.</summary>
    private static (ReviewOrg R, Guid Review) RatedReview()
    {
        var r = ReviewOrg.Create();
        r.Score(r.AliceScorecard, 80m);
        var review = r.NewReview(r.Alice);
        r.SetStatus(r.Nancy, review, ReviewOrg.SelfAssessment);
        r.SetStatus(r.Alice, review, ReviewOrg.ManagerReview);
        r.As(r.Nancy).Update(new Entity("spm_review", review) { ["spm_teamworkrating"] = 2, ["spm_growthrating"] = 4, ["spm_customerfocusrating"] = 5, ["spm_attituderating"] = 3 });
        return (r, review);
    }

    private static OrganizationResponse Propose(ReviewOrg r, Guid review) => r.As(r.Nancy).Execute(new OrganizationRequest("spm_ProposeDevelopmentItems")
    {
        ["Review"] = new EntityReference("spm_review", review),
    });

    private static System.Collections.Generic.List<Entity> Items(ReviewOrg r, Guid plan)
    {
        var query = new QueryExpression("spm_developmentitem") { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition("spm_developmentplanid", ConditionOperator.Equal, plan);
        query.AddOrder("spm_name", OrderType.Ascending);
        return r.Org.Service.RetrieveMultiple(query).Entities.ToList();
    }

    private static Entity Plan(ReviewOrg r, Guid plan) => r.Org.Service.Retrieve("spm_developmentplan", plan, new ColumnSet(true));
}
