using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.Reviews.Tests.PeopleSecurity.PeopleOrg;

namespace SalesPerf.Reviews.Tests.PeopleSecurity;

/// <summary>
/// The anonymity gap after the merge: SalesPerf Manager held Deep read on feedback requests, so a manager read the
/// answers about a fellow manager of the same business unit. Managers now hold Basic on requests like reps: a request is
/// read by its owner (the peer who answers it, or the reviewer who captures a customer's survey) and SalesPerf admins;
/// everyone else, the reviewer of a peer request included, sees the review's counts and the aggregates once the minimum
/// of answers arrived.
/// </summary>
public sealed class FeedbackAnonymityTests
{
    [Fact]
    public void AnswersAboutAManager_NotReadByAnotherManagerOfTheSameUnitNorByTheManagerReviewed()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Dora, org.Max);
        var fromMia = org.PeerRequest(org.Dora, review, org.Mia);
        org.As(org.Mia).Update(org.Answer(fromMia, 2));

        Assert.True(org.CanRetrieve(org.Mia, "spm_feedbackrequest", fromMia));
        Assert.False(org.CanRetrieve(org.Max, "spm_feedbackrequest", fromMia));
        Assert.False(org.CanRetrieve(org.Wes, "spm_feedbackrequest", fromMia));
        Assert.Empty(org.Visible(org.Max, "spm_feedbackrequest"));
        Assert.True(org.CanRetrieve(org.Sam, "spm_feedbackrequest", fromMia));

        // A query for the answers about Max, as a fellow manager would write it, returns nothing.
        var about = new QueryExpression("spm_feedbackrequest") { ColumnSet = new ColumnSet("spm_comment", "spm_teamworkrating") };
        about.Criteria.AddCondition("spm_revieweeid", ConditionOperator.Equal, org.Max);
        Assert.Empty(org.As(org.Alice).RetrieveMultiple(about).Entities);
        Assert.Empty(org.As(org.Bob).RetrieveMultiple(about).Entities);
        Assert.Single(org.As(org.Sam).RetrieveMultiple(about).Entities);
    }

    [Fact]
    public void ManagerOfAnotherTeamInTheSameUnit_ReadsNoRequestAboutAnotherTeamsRep()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Mia, org.Alice);
        var toBob = org.PeerRequest(org.Mia, review, org.Bob);
        var toCarl = org.PeerRequest(org.Mia, review, org.Carl);
        org.As(org.Bob).Update(org.Answer(toBob, 4));

        Assert.Empty(org.Visible(org.Max, "spm_feedbackrequest"));
        Assert.False(org.CanRetrieve(org.Max, "spm_feedbackrequest", toBob));
        Assert.False(org.CanRetrieve(org.Max, "spm_feedbackrequest", toCarl));
        Assert.Empty(org.Visible(org.Dora, "spm_feedbackrequest"));
    }

    [Fact]
    public void Reviewer_SeesCountsAndAggregatesOnTheReview_NotWhoAnsweredWhat()
    {
        var org = new PeopleOrg();
        var review = org.Review(org.Mia, org.Alice);
        var toBob = org.PeerRequest(org.Mia, review, org.Bob);
        var toCarl = org.PeerRequest(org.Mia, review, org.Carl);
        var toMax = org.PeerRequest(org.Mia, review, org.Max);
        org.As(org.Bob).Update(org.Answer(toBob, 5));
        org.As(org.Carl).Update(org.Answer(toCarl, 4));

        Assert.False(org.CanRetrieve(org.Mia, "spm_feedbackrequest", toBob));
        var twoAnswers = org.As(org.Mia).Retrieve("spm_review", review, new ColumnSet("spm_peerresponses", "spm_peerscore"));
        Assert.Equal(2, twoAnswers.GetAttributeValue<int?>("spm_peerresponses"));
        Assert.Null(twoAnswers.GetAttributeValue<decimal?>("spm_peerscore"));

        // The third answer reaches the minimum of 3 (the default): peer score = mean of 100, 80 and 60 = 80.
        org.As(org.Max).Update(org.Answer(toMax, 3));
        var threeAnswers = org.As(org.Alice).Retrieve("spm_review", review, new ColumnSet("spm_peerresponses", "spm_peerscore"));
        Assert.Equal(3, threeAnswers.GetAttributeValue<int?>("spm_peerresponses"));
        Assert.Equal(80m, threeAnswers.GetAttributeValue<decimal?>("spm_peerscore"));
        Assert.Empty(org.Visible(org.Alice, "spm_feedbackrequest"));
        Assert.Equal(new[] { toMax }, org.Visible(org.Max, "spm_feedbackrequest"));
    }
}
