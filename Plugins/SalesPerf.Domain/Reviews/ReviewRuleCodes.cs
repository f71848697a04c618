namespace SalesPerf.Domain.Reviews;

/// <summary>Stable codes of review violations. Codes are a contract: never renumber, only add.</summary>
public static class ReviewRuleCodes
{
    /// <summary>The status change is not the next step. Args: from status, to status.</summary>
    public const string TransitionOutOfOrder = "SPM-REV-001";

    /// <summary>The step or column belongs to another party. Args: what (status change or column), party, allowed parties.</summary>
    public const string WrongParty = "SPM-REV-002";

    /// <summary>The review is Completed or Acknowledged and can no longer be edited. Args: column, status.</summary>
    public const string ReviewReadOnly = "SPM-REV-003";

    /// <summary>A rating is not a whole number 1–5. Args: column, value.</summary>
    public const string RatingOutOfRange = "SPM-REV-004";

    /// <summary>The quantitative weight is outside 0–100. Args: value.</summary>
    public const string WeightOutOfRange = "SPM-REV-005";

    /// <summary>A review is completed without any rating. No args.</summary>
    public const string RatingsRequired = "SPM-REV-006";

    /// <summary>The column is not written at this step. Args: column, status.</summary>
    public const string FieldNotEditableInStatus = "SPM-REV-007";
}
