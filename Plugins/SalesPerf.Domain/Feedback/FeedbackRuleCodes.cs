namespace SalesPerf.Domain.Feedback;

/// <summary>
/// Stable codes of 360° feedback violations (<c>spm_feedbackrequest</c> and the review cycle's feedback weights). {0} of
/// every message is the request's (or period's) name; the arguments below follow it. Never renumber, only add.
/// </summary>
public static class FeedbackRuleCodes
{
    /// <summary>Only the review's reviewer or a SalesPerf admin asks for feedback. No args.</summary>
    public const string NotReviewer = "SPM-FBK-001";

    /// <summary>The review is Completed or Acknowledged: no more requests or answers. Args: review, status.</summary>
    public const string ReviewClosed = "SPM-FBK-002";

    /// <summary>A peer request names a user and no contact; a customer request a contact and no user. Args: kind.</summary>
    public const string RespondentMismatch = "SPM-FBK-003";

    /// <summary>A peer respondent is the reviewee or the reviewer. No args.</summary>
    public const string RespondentIsParty = "SPM-FBK-004";

    /// <summary>The respondent is already asked for this review. Args: review.</summary>
    public const string RespondentTwice = "SPM-FBK-005";

    /// <summary>The contact is on none of the reviewee's won opportunities or orders of the period. Args: period code.</summary>
    public const string ContactNotWorkedWith = "SPM-FBK-006";

    /// <summary>The review already has the most requests one review may have. Args: maximum.</summary>
    public const string TooManyRequests = "SPM-FBK-007";

    /// <summary>A request is created in another status than Requested, or with answers. Args: column.</summary>
    public const string CreatedAnswered = "SPM-FBK-008";

    /// <summary>Review, kind and respondent are fixed once the request exists. Args: column.</summary>
    public const string SetupFixed = "SPM-FBK-009";

    /// <summary>Only the request's owner (the peer, or for a customer the reviewer who captures the survey) answers. No args.</summary>
    public const string NotRespondent = "SPM-FBK-010";

    /// <summary>A Submitted or Declined request is read-only. Args: column, status.</summary>
    public const string Answered = "SPM-FBK-011";

    /// <summary>A rating is not 1–5. Args: column, value.</summary>
    public const string RatingOutOfRange = "SPM-FBK-012";

    /// <summary>Submitting without any rating. No args.</summary>
    public const string SubmittedWithoutRating = "SPM-FBK-013";

    /// <summary>A customer answer submitted without saying how it was captured. No args.</summary>
    public const string CaptureSourceMissing = "SPM-FBK-014";

    /// <summary>A Submitted request cannot be deleted (its answer is in the review's scores). No args.</summary>
    public const string DeleteSubmitted = "SPM-FBK-015";

    /// <summary>The period's manager, peer and customer weights are not all set, 0–100, summing to 100. Args: manager, peer, customer.</summary>
    public const string WeightsInvalid = "SPM-FBK-016";

    /// <summary>The minimum number of responses is not 1–50. Args: value.</summary>
    public const string MinimumResponsesInvalid = "SPM-FBK-017";

    /// <summary>The request names no review. No args.</summary>
    public const string ReviewMissing = "SPM-FBK-018";
}
