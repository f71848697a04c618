using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Reviews.Tests.Support;
using static SalesPerf.Reviews.Tests.Support.FeedbackOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>Every 360° feedback rule refuses bad input with its code, naming the request, and nothing is written.</summary>
public sealed class FeedbackBadInputTests
{
    [Fact]
    public void Create_ByAColleagueWhoIsNotTheReviewer_Faults001()
    {
        var f = FeedbackOrg.Create();

        AssertNoNewRequest(f, () => f.AskPeer(f.R.Carl, asker: f.R.Bob),
            "[SPM-FBK-001] Feedback request 'Feedback: Alice Wang – FY2026 Q1': only the review's reviewer or a SalesPerf admin may ask for feedback.");
    }

    [Fact]
    public void Create_ByTheSalesPerfAdmin_IsAllowed()
    {
        var f = FeedbackOrg.Create();

        f.AskPeer(f.R.Carl, asker: f.R.Oscar);

        Assert.Equal(1, Count(f));
    }

    [Fact]
    public void Create_PeerRequestNamingAContact_Faults003()
    {
        var f = FeedbackOrg.Create();

        AssertNoNewRequest(f, () => f.R.As(f.R.Nancy).Create(new Entity("spm_feedbackrequest")
            {
                ["spm_reviewid"] = new EntityReference("spm_review", f.Review),
                ["spm_kind"] = new OptionSetValue(Peer),
                ["spm_respondentcontactid"] = new EntityReference("contact", f.Cathy),
            }),
            "[SPM-FBK-003] Feedback request 'Feedback: Alice Wang – FY2026 Q1': a peer request names a user as respondent and no contact");
    }

    [Fact]
    public void Create_ThePersonReviewedAsPeer_Faults004()
    {
        var f = FeedbackOrg.Create();

        AssertNoNewRequest(f, () => f.AskPeer(f.R.Alice), "[SPM-FBK-004] ");
    }

    [Fact]
    public void Create_TheSamePeerTwice_Faults005()
    {
        var f = FeedbackOrg.Create();
        f.AskPeer(f.R.Bob);

        var fault = ReviewOrg.Fault(() => f.AskPeer(f.R.Bob));

        Assert.StartsWith("[SPM-FBK-005] Feedback request 'Feedback: Alice Wang – FY2026 Q1': this respondent is already asked", fault.Message, StringComparison.Ordinal);
        Assert.Equal(1, Count(f));
    }

    [Fact]
    public void Create_ACustomerTheRepNeverSoldTo_Faults006()
    {
        var f = FeedbackOrg.Create();

        AssertNoNewRequest(f, () => f.AskCustomer(f.Dan),
            "[SPM-FBK-006] Feedback request 'Feedback: Alice Wang – FY2026 Q1': the contact is on none of the won opportunities or fulfilled orders");
    }

    [Fact]
    public void Create_OnACompletedReview_Faults002()
    {
        var f = FeedbackOrg.Create();
        f.R.SetStatus(f.R.Nancy, f.Review, ReviewOrg.Completed);

        AssertNoNewRequest(f, () => f.AskPeer(f.R.Bob), "[SPM-FBK-002] ");
    }

    [Fact]
    public void Create_AlreadyAnswered_Faults008()
    {
        var f = FeedbackOrg.Create();

        AssertNoNewRequest(f, () => f.R.As(f.R.Nancy).Create(new Entity("spm_feedbackrequest")
            {
                ["spm_reviewid"] = new EntityReference("spm_review", f.Review),
                ["spm_kind"] = new OptionSetValue(Peer),
                ["spm_respondentuserid"] = new EntityReference("systemuser", f.R.Bob),
                ["spm_teamworkrating"] = 5,
            }),
            "[SPM-FBK-008] ");
    }

    [Fact]
    public void Update_AnotherPersonAnswers_Faults010AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.Answer(f.R.Carl, bob, 1, 1, 1, 1),
            "[SPM-FBK-010] Feedback request 'Feedback: Alice Wang – FY2026 Q1': only its respondent");
    }

    [Fact]
    public void Update_AdminRecordsAPeerAnswerWithoutCaptureSource_Faults014()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.Answer(f.R.Oscar, bob, 4, 4, 4, 4), "[SPM-FBK-014] ");
    }

    [Fact]
    public void Update_AdminRecordsAPeerAnswerWithCaptureSource_IsAllowed()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        f.Answer(f.R.Oscar, bob, 4, 4, 4, 4, "Paper form collected 2026-03-20");

        Assert.Equal(80m, f.Request(bob).GetAttributeValue<decimal?>("spm_score"));
    }

    [Fact]
    public void Update_RatingSix_Faults012AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.R.As(f.R.Bob).Update(new Entity("spm_feedbackrequest", bob) { ["spm_growthrating"] = 6 }),
            "[SPM-FBK-012] Feedback request 'Feedback: Alice Wang – FY2026 Q1': the rating 'spm_growthrating' must be 1 to 5 (was 6).");
    }

    [Fact]
    public void Update_SubmitWithoutRatings_Faults013AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.R.As(f.R.Bob).Update(new Entity("spm_feedbackrequest", bob) { ["spm_feedbackstatus"] = new OptionSetValue(Submitted) }),
            "[SPM-FBK-013] ");
    }

    [Fact]
    public void Update_CustomerAnswerWithoutCaptureSource_Faults014AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var cathy = f.AskCustomer(f.Cathy);

        AssertUnchanged(f, cathy, () => f.Answer(f.R.Nancy, cathy, 5, 5, 5, 5), "[SPM-FBK-014] ");
    }

    [Fact]
    public void Update_ChangingASubmittedAnswer_Faults011AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);

        AssertUnchanged(f, bob, () => f.R.As(f.R.Bob).Update(new Entity("spm_feedbackrequest", bob) { ["spm_teamworkrating"] = 1 }), "[SPM-FBK-011] ");
    }

    [Fact]
    public void Update_ChangingTheRespondent_Faults009AndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.R.As(f.R.Nancy).Update(new Entity("spm_feedbackrequest", bob) { ["spm_respondentuserid"] = new EntityReference("systemuser", f.R.Carl) }),
            "[SPM-FBK-009] ");
    }

    [Fact]
    public void Update_WritingTheAnswerScore_FaultsComputedColumnAndChangesNothing()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);

        AssertUnchanged(f, bob, () => f.R.As(f.R.Bob).Update(new Entity("spm_feedbackrequest", bob) { ["spm_score"] = 100m }), "[SPM-CMP-001] ");
    }

    [Fact]
    public void Delete_ASubmittedAnswer_Faults015()
    {
        var f = FeedbackOrg.Create();
        var bob = f.AskPeer(f.R.Bob);
        f.Answer(f.R.Bob, bob, 5, 5, 5, 5);

        var fault = ReviewOrg.Fault(() => f.R.As(f.R.Nancy).Delete("spm_feedbackrequest", bob));

        Assert.StartsWith("[SPM-FBK-015] ", fault.Message, StringComparison.Ordinal);
        Assert.Equal(1, Count(f));
    }

    [Fact]
    public void PeriodWeights_NotSummingTo100_Faults016WhenSaved()
    {
        var f = FeedbackOrg.Create();

        var fault = ReviewOrg.Fault(() => f.R.As(f.R.Oscar).Update(new Entity("spm_period", f.R.Period) { ["spm_customerfeedbackweight"] = 30m }));

        Assert.StartsWith("[SPM-FBK-016] Period 'FY2026 Q1': the manager, peer and customer feedback weights must all be empty (60 / 20 / 20 apply) or all be 0–100 and add up to 100 (were 50 / 30 / 30).", fault.Message, StringComparison.Ordinal);
        var period = f.R.Org.Service.Retrieve("spm_period", f.R.Period, new ColumnSet("spm_customerfeedbackweight"));
        Assert.Equal(20m, period.GetAttributeValue<decimal?>("spm_customerfeedbackweight"));
    }

    [Fact]
    public void PeriodWeights_OnlyOneSet_Faults016()
    {
        var r = ReviewOrg.Create();

        var fault = ReviewOrg.Fault(() => r.Org.Service.Update(new Entity("spm_period", r.Period) { ["spm_peerfeedbackweight"] = 100m }));

        Assert.StartsWith("[SPM-FBK-016] ", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodMinimumResponses_Zero_Faults017()
    {
        var r = ReviewOrg.Create();

        var fault = ReviewOrg.Fault(() => r.Org.Service.Update(new Entity("spm_period", r.Period) { ["spm_minfeedbackresponses"] = 0 }));

        Assert.StartsWith("[SPM-FBK-017] Period 'FY2026 Q1': the minimum number of feedback responses must be 1 to 50 (was 0).", fault.Message, StringComparison.Ordinal);
    }

    private static int Count(FeedbackOrg f) =>
        f.R.Org.Service.RetrieveMultiple(new QueryExpression("spm_feedbackrequest") { ColumnSet = new ColumnSet(false) }).Entities.Count;

    private static void AssertNoNewRequest(FeedbackOrg f, Action action, string expectedStart)
    {
        var before = Count(f);

        var fault = ReviewOrg.Fault(action);

        Assert.StartsWith(expectedStart, fault.Message, StringComparison.Ordinal);
        Assert.Equal(before, Count(f));
    }

    private static void AssertUnchanged(FeedbackOrg f, Guid request, Action action, string expectedStart)
    {
        var before = Describe(f.Request(request));
        var review = Describe(f.ReviewRow());

        var fault = ReviewOrg.Fault(action);

        Assert.StartsWith(expectedStart, fault.Message, StringComparison.Ordinal);
        Assert.Equal(before, Describe(f.Request(request)));
        Assert.Equal(review, Describe(f.ReviewRow()));
    }

    private static string Describe(Entity row) => string.Join("; ", row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value switch
    {
        EntityReference r => r.Id.ToString(),
        OptionSetValue o => o.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
    }));
}
