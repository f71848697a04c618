using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Reviews.Tests.Support;
using static SalesPerf.Reviews.Tests.Support.ReviewOrg;

namespace SalesPerf.Reviews.Tests;

/// <summary>Every forbidden change faults with its message and leaves the review exactly as it was.</summary>
public sealed class ReviewTransitionTests
{
    [Fact]
    public void Update_SkippingSelfAssessment_FaultsOutOfOrderAndChangesNothing()
    {
        var (org, id) = ReviewIn(Draft);

        AssertRejected(org, id, () => org.SetStatus(org.Nancy, id, ManagerReview),
            "[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Draft' to 'Manager review'.");
    }

    [Fact]
    public void Update_GoingBackFromManagerReview_FaultsOutOfOrderAndChangesNothing()
    {
        var (org, id) = ReviewIn(ManagerReview);

        AssertRejected(org, id, () => org.SetStatus(org.Nancy, id, SelfAssessment),
            "[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Manager review' to 'Self-assessment'.");
    }

    [Fact]
    public void Update_RevieweeOpensOwnReview_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Draft);

        AssertRejected(org, id, () => org.SetStatus(org.Alice, id, SelfAssessment),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer or SalesPerf admin may do 'Draft → Self-assessment', and you are the reviewee.");
    }

    [Fact]
    public void Update_UserWithoutAdminRoleOpensReview_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Draft);

        AssertRejected(org, id, () => org.SetStatus(org.Rita, id, SelfAssessment),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer or SalesPerf admin may do 'Draft → Self-assessment', and you are neither the reviewee nor the reviewer.");
    }

    [Fact]
    public void Update_ReviewerSubmitsSelfAssessment_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(SelfAssessment);

        AssertRejected(org, id, () => org.As(org.Nancy).Update(new Entity("spm_review", id)
            {
                ["spm_selfassessment"] = "Written for her.",
                ["statuscode"] = new OptionSetValue(ManagerReview),
            }),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewee may do 'spm_selfassessment', and you are the reviewer.");
    }

    [Fact]
    public void Update_RevieweeRatesHerself_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(ManagerReview);

        AssertRejected(org, id, () => org.As(org.Alice).Update(new Entity("spm_review", id) { ["spm_teamworkrating"] = 5 }),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer may do 'spm_teamworkrating', and you are the reviewee.");
    }

    [Fact]
    public void Update_RevieweeCompletes_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(ManagerReview, rated: true);

        AssertRejected(org, id, () => org.SetStatus(org.Alice, id, Completed),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer may do 'Manager review → Completed', and you are the reviewee.");
    }

    [Fact]
    public void SetState_ReviewerAcknowledges_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Completed, rated: true);

        AssertRejected(org, id, () => org.SetState(org.Nancy, id, 1, Acknowledged),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewee may do 'Completed → Acknowledged', and you are the reviewer.");
    }

    [Fact]
    public void Update_CompletedReviewEditedByReviewer_FaultsReadOnlyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Completed, rated: true);

        AssertRejected(org, id, () => org.As(org.Nancy).Update(new Entity("spm_review", id) { ["spm_teamworkrating"] = 5 }),
            "[SPM-REV-003] Review 'Alice Wang – FY2026 Q1' is Completed and can no longer be changed (column 'spm_teamworkrating').");
    }

    [Fact]
    public void Update_CompletedReviewCommentedByReviewee_FaultsReadOnlyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Completed, rated: true);

        AssertRejected(org, id, () => org.As(org.Alice).Update(new Entity("spm_review", id) { ["spm_employeecomments"] = "Late words." }),
            "[SPM-REV-003] Review 'Alice Wang – FY2026 Q1' is Completed and can no longer be changed (column 'spm_employeecomments').");
    }

    [Fact]
    public void SetState_ReopeningAnAcknowledgedReview_FaultsOutOfOrderAndChangesNothing()
    {
        var (org, id) = ReviewIn(Acknowledged, rated: true);

        AssertRejected(org, id, () => org.SetState(org.Nancy, id, 0, ManagerReview),
            "[SPM-REV-001] Review 'Alice Wang – FY2026 Q1': it cannot move from 'Acknowledged' to 'Manager review'.");
    }

    [Fact]
    public void Update_ComputedScoreWrittenByReviewer_FaultsAndChangesNothing()
    {
        var (org, id) = ReviewIn(ManagerReview);

        AssertRejected(org, id, () => org.As(org.Nancy).Update(new Entity("spm_review", id) { ["spm_overallscore"] = 120m }),
            "[SPM-CMP-001] Record 'Alice Wang – FY2026 Q1' (spm_review): the column 'spm_overallscore' is calculated by SalesPerf");
    }

    [Fact]
    public void Update_RevieweeMakesHerselfReviewer_FaultsWrongPartyAndChangesNothing()
    {
        var (org, id) = ReviewIn(Draft);

        AssertRejected(org, id, () => org.As(org.Alice).Update(new Entity("spm_review", id) { ["spm_reviewerid"] = new EntityReference("systemuser", org.Alice) }),
            "[SPM-REV-002] Review 'Alice Wang – FY2026 Q1': only the reviewer or SalesPerf admin may do 'spm_reviewerid', and you are the reviewee.");
    }

    [Fact]
    public void Update_CompletingWithoutRatings_FaultsRatingsRequiredAndChangesNothing()
    {
        var (org, id) = ReviewIn(ManagerReview);

        AssertRejected(org, id, () => org.SetStatus(org.Nancy, id, Completed),
            "[SPM-REV-006] Review 'Alice Wang – FY2026 Q1': it cannot be completed without ratings.");
    }

    [Fact]
    public void Assign_ReviewHandedToBobAfterDraft_FaultsNotEditableAndChangesNothing()
    {
        var (org, id) = ReviewIn(SelfAssessment);

        AssertRejected(org, id, () => org.Org.Service.Execute(new OrganizationRequest("Assign")
            {
                ["Target"] = new EntityReference("spm_review", id),
                ["Assignee"] = new EntityReference("systemuser", org.Bob),
            }),
            "[SPM-REV-007] Review 'Alice Wang – FY2026 Q1': the column 'ownerid' cannot be changed while the review is Self-assessment.");
    }

    private static void AssertRejected(ReviewOrg org, Guid id, Action action, string expectedStart)
    {
        var before = org.Review(id);

        var fault = Fault(action);

        Assert.StartsWith(expectedStart, fault.Message, StringComparison.Ordinal);
        var after = org.Review(id);
        Assert.Equal(Describe(before), Describe(after));
    }

    private static string Describe(Entity row) =>
        string.Join("; ", row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Value(a.Value)));

    private static string Value(object? value) => value switch
    {
        EntityReference reference => reference.LogicalName + ":" + reference.Id,
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        null => "null",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Alice's review, brought forward by the right parties to <paramref name="status"/>.</summary>
    private static (ReviewOrg Org, Guid Id) ReviewIn(int status, bool rated = false)
    {
        var org = ReviewOrg.Create();
        org.Score(org.AliceScorecard, 106m);
        var id = org.NewReview(org.Alice);
        var path = new[] { SelfAssessment, ManagerReview, Completed };
        foreach (var step in path.TakeWhile(s => status != Draft && (s <= status || status == Acknowledged)))
        {
            if (step == Completed && rated)
            {
                org.As(org.Nancy).Update(new Entity("spm_review", id) { ["spm_teamworkrating"] = 4, ["spm_growthrating"] = 4, ["spm_customerfocusrating"] = 5, ["spm_attituderating"] = 3 });
            }

            org.SetStatus(step == ManagerReview ? org.Alice : org.Nancy, id, step);
        }

        if (status == Acknowledged)
        {
            org.SetState(org.Alice, id, 1, Acknowledged);
        }

        if (status == ManagerReview && rated)
        {
            org.As(org.Nancy).Update(new Entity("spm_review", id) { ["spm_teamworkrating"] = 4, ["spm_growthrating"] = 4, ["spm_customerfocusrating"] = 5, ["spm_attituderating"] = 3 });
        }

        return (org, id);
    }
}
