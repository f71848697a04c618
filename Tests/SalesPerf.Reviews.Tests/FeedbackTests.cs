using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Feedback;
using SalesPerf.Reviews.Tests.Support;
using static SalesPerf.Reviews.Tests.Support.FeedbackOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>
/// 360° feedback through the local organisation: requests, answers, the anonymity threshold and the blend into the
/// review's qualitative score with the cycle's weights (worked by hand in docs/domain-rules.md, "360° feedback").
/// </summary>
public sealed class FeedbackTests
{
    [Fact]
    public void PeerRequest_IsOwnedByTheRespondent_AndNamesThePersonReviewed()
    {
        var f = FeedbackOrg.Create();

        var request = f.Request(f.AskPeer(f.R.Bob));

        Assert.Equal(f.R.Bob, request.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(f.R.Alice, request.GetAttributeValue<EntityReference>("spm_revieweeid").Id);
        Assert.Equal(Requested, request.GetAttributeValue<OptionSetValue>("spm_feedbackstatus").Value);
        Assert.Equal("Feedback: Alice Wang – FY2026 Q1", request.GetAttributeValue<string>("spm_name"));
    }

    [Fact]
    public void CustomerRequest_ForAContactOnTheRepsWonDeal_IsOwnedByTheReviewerWhoRecordsTheSurvey()
    {
        var f = FeedbackOrg.Create();

        var request = f.Request(f.AskCustomer(f.Cathy));

        Assert.Equal(f.R.Nancy, request.GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void PeerAnswers_BelowTheMinimum_CountButShowNoScore_AndLeaveTheReviewScoresAlone()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        var carl = f.AskPeer(f.R.Carl);

        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);
        f.Answer(f.R.Carl, carl, 4, 4, 4, 4);

        var review = f.ReviewRow();
        Assert.Equal(2, review.GetAttributeValue<int?>("spm_peerresponses"));
        Assert.Null(review.GetAttributeValue<decimal?>("spm_peerscore"));
        Assert.Equal(80m, review.GetAttributeValue<decimal?>("spm_qualitativescore"));
        Assert.Equal(98.2m, review.GetAttributeValue<decimal?>("spm_overallscore"));
        Assert.Equal(100m, f.Request(bob).GetAttributeValue<decimal?>("spm_score"));
        Assert.Equal(new DateTime(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc), f.Request(bob).GetAttributeValue<DateTime?>("spm_submittedon"));
    }

    [Fact]
    public void ThirdPeerAnswer_ShowsThePeerScore_AndBlendsItWithTheCycleWeights()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        var carl = f.AskPeer(f.R.Carl);
        var rita = f.AskPeer(f.R.Rita);
        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);
        f.Answer(f.R.Carl, carl, 4, 4, 4, 4);

        f.Answer(f.R.Rita, rita, 3, 4, 3, 4);

        // Peers 100, 80, 70 → 83.33; qualitative (50 × 80 + 30 × 83.33) ÷ 80 = 81.25; overall 0.7 × 106 + 0.3 × 81.25 = 98.575 → 98.58.
        var review = f.ReviewRow();
        Assert.Equal(3, review.GetAttributeValue<int?>("spm_peerresponses"));
        Assert.Equal(83.33m, review.GetAttributeValue<decimal?>("spm_peerscore"));
        Assert.Equal(81.25m, review.GetAttributeValue<decimal?>("spm_qualitativescore"));
        Assert.Equal(98.58m, review.GetAttributeValue<decimal?>("spm_overallscore"));
        Assert.Equal(ReviewOrg.Exceeds, review.GetAttributeValue<OptionSetValue>("spm_overallrating").Value);
    }

    [Fact]
    public void ManagerRatingChange_AfterFeedback_ReblendsWithTheCycleWeights()
    {
        var f = ThreePeersAnswered();

        f.R.As(f.R.Nancy).Update(new Entity("spm_review", f.Review) { ["spm_teamworkrating"] = 5 });

        // Manager 5, 4, 5, 3 → 85; (50 × 85 + 30 × 83.33) ÷ 80 = 84.37; 0.7 × 106 + 0.3 × 84.37 = 99.511 → 99.51.
        var review = f.ReviewRow();
        Assert.Equal(84.37m, review.GetAttributeValue<decimal?>("spm_qualitativescore"));
        Assert.Equal(99.51m, review.GetAttributeValue<decimal?>("spm_overallscore"));
    }

    [Fact]
    public void OneCustomerAnswer_IsBelowTheMinimum_AndDoesNotMoveTheScore()
    {
        var f = ThreePeersAnswered();
        var cathy = f.AskCustomer(f.Cathy);

        f.Answer(f.R.Nancy, cathy, 5, 5, 4, 4, "Survey email of 2026-03-02");

        var review = f.ReviewRow();
        Assert.Equal(1, review.GetAttributeValue<int?>("spm_customerresponses"));
        Assert.Null(review.GetAttributeValue<decimal?>("spm_customerscore"));
        Assert.Equal(81.25m, review.GetAttributeValue<decimal?>("spm_qualitativescore"));
        Assert.Equal(90m, f.Request(cathy).GetAttributeValue<decimal?>("spm_score"));
    }

    [Fact]
    public void SubmittingTheThirdPeerAnswer_CostsFiveCalls()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        var carl = f.AskPeer(f.R.Carl);
        var rita = f.AskPeer(f.R.Rita);
        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);
        f.Answer(f.R.Carl, carl, 4, 4, 4, 4);
        var calls = f.R.Org.ServiceCalls;
        calls.Reset();

        f.Answer(f.R.Rita, rita, 3, 4, 3, 4);

        // The answer's rules read the review (1); the aggregation reads the answers (1), the review (1), the period (1) and writes the review once (1).
        Assert.Equal(1, calls.ByPlugin.GetValueOrDefault(typeof(FeedbackRequestPlugin).FullName!));
        Assert.Equal(4, calls.ByPlugin.GetValueOrDefault(typeof(FeedbackAggregationPlugin).FullName!));
        Assert.Equal(5, calls.Total);
    }

    [Fact]
    public void ManagerRatingChange_WithoutFeedback_ReadsNothing()
    {
        var f = FeedbackOrg.Create();
        var calls = f.R.Org.ServiceCalls;
        calls.Reset();

        f.R.As(f.R.Nancy).Update(new Entity("spm_review", f.Review) { ["spm_teamworkrating"] = 5 });

        Assert.Equal(0, calls.Total);
    }

    private static FeedbackOrg ThreePeersAnswered()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        var carl = f.AskPeer(f.R.Carl);
        var rita = f.AskPeer(f.R.Rita);
        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);
        f.Answer(f.R.Carl, carl, 4, 4, 4, 4);
        f.Answer(f.R.Rita, rita, 3, 4, 3, 4);
        return f;
    }
}
