namespace SalesPerf.Domain.Feedback;

/// <summary><c>spm_feedbackrequest.spm_kind</c>.</summary>
public enum FeedbackKind
{
    Peer = 100000000,
    Customer = 100000001,
}
