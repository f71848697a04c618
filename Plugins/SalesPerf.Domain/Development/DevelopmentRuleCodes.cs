namespace SalesPerf.Domain.Development;

/// <summary>
/// Stable codes of development plan violations (<c>spm_developmentplan</c>, <c>spm_developmentitem</c>). {0} of every
/// message is the plan's or item's name; the arguments below follow it. Never renumber, only add.
/// </summary>
public static class DevelopmentRuleCodes
{
    /// <summary>The person already has a development plan for the period. Args: period, the other plan.</summary>
    public const string PlanTwice = "SPM-DEV-001";

    /// <summary>A completed-on date on an item that is not Completed. Args: status.</summary>
    public const string CompletedOnWithoutCompletion = "SPM-DEV-002";

    /// <summary>The plan already holds the most items one plan may hold. Args: maximum.</summary>
    public const string TooManyItems = "SPM-DEV-003";

    /// <summary>The completed-on date lies after today. Args: date, today.</summary>
    public const string CompletedInFuture = "SPM-DEV-004";

    /// <summary>The item names no plan, or a plan that does not exist. No args.</summary>
    public const string PlanMissing = "SPM-DEV-005";
}
