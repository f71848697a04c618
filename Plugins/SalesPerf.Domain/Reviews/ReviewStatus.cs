namespace SalesPerf.Domain.Reviews;

/// <summary><c>spm_review.statuscode</c>; Acknowledged is the only status of state 1.</summary>
public enum ReviewStatus
{
    Draft = 1,
    Acknowledged = 2,
    SelfAssessment = 100000000,
    ManagerReview = 100000001,
    Completed = 100000002,
}
