namespace SalesPerf.Domain.Feedback;

/// <summary><c>spm_feedbackrequest.spm_feedbackstatus</c>: Requested until the respondent submits or declines, then read-only.</summary>
public enum FeedbackStatus
{
    Requested = 100000000,
    Submitted = 100000001,
    Declined = 100000002,
}
