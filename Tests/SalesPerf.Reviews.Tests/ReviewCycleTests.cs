using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Reviews.Tests.Support;
using static SalesPerf.Reviews.Tests.Support.ReviewOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>A review from Draft to Acknowledged through the real pipeline, with the numbers of domain.md §4 and §7.</summary>
public sealed class ReviewCycleTests
{
    [Fact]
    public void ReviewCycle_HunterScorecardAndRatings4453_OverallNinetyEightPointTwoExceeds()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);

        var id = org.NewReview(org.Alice);
        var draft = org.Review(id);
        Assert.Equal(org.Nancy, draft.GetAttributeValue<EntityReference>("spm_reviewerid").Id);
        Assert.Equal(org.AliceScorecard, draft.GetAttributeValue<EntityReference>("spm_scorecardid").Id);
        Assert.Equal("Alice Wang – FY2026 Q1", draft["spm_name"]);
        Assert.Equal(70m, draft["spm_quantitativeweight"]);
        Assert.Equal(Draft, draft.GetAttributeValue<OptionSetValue>("statuscode").Value);

        org.SetStatus(org.Nancy, id, SelfAssessment);
        org.As(org.Alice).Update(new Entity("spm_review", id)
        {
            ["spm_selfassessment"] = "Opened three new accounts.",
            ["spm_employeecomments"] = "Need help with the win rate.",
            ["statuscode"] = new OptionSetValue(ManagerReview),
        });
        Assert.Equal(106m, org.Review(id)["spm_quantitativescore"]);

        org.Score(org.AliceScorecard, 90m); // later deals move the scorecard; the snapshot stays
        org.As(org.Nancy).Update(new Entity("spm_review", id)
        {
            ["spm_teamworkrating"] = 4,
            ["spm_growthrating"] = 4,
            ["spm_customerfocusrating"] = 5,
            ["spm_attituderating"] = 3,
            ["spm_strengths"] = "Hunting.",
            ["spm_improvements"] = "Qualification.",
            ["spm_actionplan"] = "Pair on discovery calls.",
        });
        org.SetStatus(org.Nancy, id, Completed);
        org.SetState(org.Alice, id, 1, Acknowledged);

        var done = org.Review(id);
        Assert.Equal(106m, done["spm_quantitativescore"]);
        Assert.Equal(80m, done["spm_qualitativescore"]);
        Assert.Equal(98.2m, done["spm_overallscore"]);
        Assert.Equal(Exceeds, done.GetAttributeValue<OptionSetValue>("spm_overallrating").Value);
        Assert.Equal(1, done.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(Acknowledged, done.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Empty(org.Org.StepLog.Failures);
    }

    [Fact]
    public void SetState_RevieweeSubmitsThroughSetState_SnapshotsTheScorecardScore()
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);
        var id = org.NewReview(org.Alice);
        org.SetState(org.Nancy, id, 0, SelfAssessment);

        org.SetState(org.Alice, id, 0, ManagerReview);

        var review = org.Review(id);
        Assert.Equal(ManagerReview, review.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(106m, review["spm_quantitativescore"]);
        Assert.Equal(106m, review["spm_overallscore"]);
    }

    [Fact]
    public void SetState_PlatformRaisingNoUpdateStepsForSetState_SnapshotWrittenAfterwardsByTheEngine()
    {
        var org = ReviewOrg.Without(typeof(SalesPerf.Plugins.Reviews.ReviewUpdatePlugin));
        org.Score(org.AliceScorecard, 106m);
        var id = org.NewReview(org.Alice);
        org.SetState(org.Nancy, id, 0, SelfAssessment);

        org.SetState(org.Alice, id, 0, ManagerReview);

        var review = org.Review(id);
        Assert.Equal(106m, review["spm_quantitativescore"]);
        Assert.Equal(Exceeds, review.GetAttributeValue<OptionSetValue>("spm_overallrating").Value);
        Assert.Contains(org.Org.StepLog, e => e.PluginType == "SalesPerf.Plugins.Reviews.ReviewSnapshotPlugin" && e.Trace.Any(t => t.Contains("Overall 106.00", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Create_ScorecardAppliedAfterTheReview_LinkedWhenEnteringManagerReview()
    {
        var org = ReviewOrg.Create();
        var id = org.As(org.Nancy).Create(new Entity("spm_review")
        {
            ["spm_name"] = "Rita – FY2026 Q1",
            ["ownerid"] = new EntityReference("systemuser", org.Rita),
            ["spm_reviewerid"] = new EntityReference("systemuser", org.Nancy),
            ["spm_periodid"] = new EntityReference("spm_period", org.Period),
        });
        Assert.False(org.Review(id).Contains("spm_scorecardid"));
        var scorecard = org.Org.Service.Create(new Entity("spm_scorecard")
        {
            ["spm_name"] = "Rita FY2026 Q1",
            ["ownerid"] = new EntityReference("systemuser", org.Rita),
            ["spm_periodid"] = new EntityReference("spm_period", org.Period),
        });
        org.Score(scorecard, 75m);
        org.SetStatus(org.Nancy, id, SelfAssessment);

        org.SetStatus(org.Rita, id, ManagerReview);

        var review = org.Review(id);
        Assert.Equal(scorecard, review.GetAttributeValue<EntityReference>("spm_scorecardid").Id);
        Assert.Equal(75m, review["spm_quantitativescore"]);
    }

    [Fact]
    public void Open_AdminWhoIsNotTheReviewer_Allowed()
    {
        var org = ReviewOrg.Create();
        var id = org.NewReview(org.Alice);

        org.SetStatus(org.Oscar, id, SelfAssessment);

        Assert.Equal(SelfAssessment, org.Review(id).GetAttributeValue<OptionSetValue>("statuscode").Value);
    }
}
