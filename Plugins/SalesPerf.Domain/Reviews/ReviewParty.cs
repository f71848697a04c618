namespace SalesPerf.Domain.Reviews;

/// <summary>Who acts on a review, as the plugin layer resolves it from the caller, <c>ownerid</c> and <c>spm_reviewerid</c>.</summary>
public enum ReviewParty
{
    /// <summary>Neither the reviewee, the reviewer nor an admin.</summary>
    Other = 0,
    Reviewee = 1,
    Reviewer = 2,
    Admin = 3,
}
