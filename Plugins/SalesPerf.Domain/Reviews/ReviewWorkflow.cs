using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Reviews;

/// <summary>
/// Status and write rules of <c>spm_review</c> (domain.md §7). Steps, only in this order and only by their party:
/// Draft → SelfAssessment (reviewer or admin opens the review); SelfAssessment → ManagerReview (reviewee submits the
/// self assessment; the quantitative score is snapshotted here); ManagerReview → Completed (reviewer, with at least one
/// rating); Completed → Acknowledged (reviewee; SetState 1/2). Completed and Acknowledged are read-only.
/// </summary>
public static class ReviewWorkflow
{
    private static readonly Step[] Steps =
    {
        new(ReviewStatus.Draft, ReviewStatus.SelfAssessment, new[] { ReviewParty.Reviewer, ReviewParty.Admin }),
        new(ReviewStatus.SelfAssessment, ReviewStatus.ManagerReview, new[] { ReviewParty.Reviewee }),
        new(ReviewStatus.ManagerReview, ReviewStatus.Completed, new[] { ReviewParty.Reviewer }),
        new(ReviewStatus.Completed, ReviewStatus.Acknowledged, new[] { ReviewParty.Reviewee }),
    };

    /// <summary><c>statecode</c> of a status: 1 for Acknowledged, else 0.</summary>
    public static int StateCodeOf(ReviewStatus status) => status == ReviewStatus.Acknowledged ? 1 : 0;

    /// <summary>Entering ManagerReview freezes <c>spm_quantitativescore</c> at the scorecard's weighted score.</summary>
    public static bool SnapshotsQuantitativeScore(ReviewStatus to) => to == ReviewStatus.ManagerReview;

    public static bool IsReadOnly(ReviewStatus status) => status is ReviewStatus.Completed or ReviewStatus.Acknowledged;

    /// <summary>
    /// The new status, or SPM-REV-001 (not the next step), SPM-REV-002 (another party's step), SPM-REV-006 (completing
    /// without any rating; <paramref name="ratings"/> is only read for that step).
    /// </summary>
    public static Validated<ReviewStatus> Transition(ReviewStatus from, ReviewStatus to, ReviewParty party, ReviewRatings ratings)
    {
        var step = Steps.FirstOrDefault(s => s.From == from && s.To == to);
        if (step is null)
        {
            return Validated<ReviewStatus>.Failure(RuleViolation.Of(ReviewRuleCodes.TransitionOutOfOrder, from, to));
        }

        if (Array.IndexOf(step.Parties, party) < 0)
        {
            return Validated<ReviewStatus>.Failure(RuleViolation.Of(ReviewRuleCodes.WrongParty, from + " → " + to, party, Names(step.Parties)));
        }

        return to == ReviewStatus.Completed && ratings.Given.Count == 0
            ? Validated<ReviewStatus>.Failure(RuleViolation.Of(ReviewRuleCodes.RatingsRequired))
            : Validated<ReviewStatus>.Success(to);
    }

    /// <summary>
    /// Empty when <paramref name="party"/> may write <paramref name="field"/> in <paramref name="status"/>; otherwise
    /// SPM-REV-003 (Completed or Acknowledged), SPM-REV-007 (not written at this step) or SPM-REV-002 (another party's
    /// column). The reviewee writes the self assessment and employee comments in SelfAssessment; the reviewer writes
    /// ratings, strengths, improvements and action plan in ManagerReview; the reviewer or an admin sets the
    /// quantitative weight in Draft.
    /// </summary>
    public static IReadOnlyList<RuleViolation> CheckWrite(ReviewStatus status, ReviewParty party, ReviewField field)
    {
        var column = ReviewFieldNames.LogicalName(field);
        if (IsReadOnly(status))
        {
            return new[] { RuleViolation.Of(ReviewRuleCodes.ReviewReadOnly, column, status) };
        }

        var rule = Rule(field);
        if (status != rule.EditableIn)
        {
            return new[] { RuleViolation.Of(ReviewRuleCodes.FieldNotEditableInStatus, column, status) };
        }

        return Array.IndexOf(rule.Parties, party) >= 0
            ? Array.Empty<RuleViolation>()
            : new[] { RuleViolation.Of(ReviewRuleCodes.WrongParty, column, party, Names(rule.Parties)) };
    }

    private static WriteRule Rule(ReviewField field) => field switch
    {
        ReviewField.SelfAssessment or ReviewField.EmployeeComments => new(ReviewStatus.SelfAssessment, new[] { ReviewParty.Reviewee }),
        ReviewField.QuantitativeWeight => new(ReviewStatus.Draft, new[] { ReviewParty.Reviewer, ReviewParty.Admin }),
        _ => new(ReviewStatus.ManagerReview, new[] { ReviewParty.Reviewer }),
    };

    private static string Names(ReviewParty[] parties) => string.Join("/", parties.Select(p => p.ToString()));

    private sealed record WriteRule(ReviewStatus EditableIn, ReviewParty[] Parties);

    private sealed record Step(ReviewStatus From, ReviewStatus To, ReviewParty[] Parties);
}
