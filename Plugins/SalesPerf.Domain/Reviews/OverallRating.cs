namespace SalesPerf.Domain.Reviews;

/// <summary><c>spm_review.spm_overallrating</c>.</summary>
public enum OverallRating
{
    Outstanding = 100000000,
    Exceeds = 100000001,
    Meets = 100000002,
    Below = 100000003,
    Unsatisfactory = 100000004,
}
