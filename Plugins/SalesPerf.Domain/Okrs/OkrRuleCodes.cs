namespace SalesPerf.Domain.Okrs;

/// <summary>
/// Stable codes of OKR and check-in violations (the plugin message table maps each to English and Simplified Chinese).
/// {0} of every message is the record's name; the arguments below follow it. Never renumber, only add.
/// </summary>
public static class OkrRuleCodes
{
    /// <summary>A key result's weight is empty, 0 or negative. Args: weight (empty when none).</summary>
    public const string WeightNotPositive = "SPM-OKR-001";

    /// <summary>An entered-value key result's goal equals its start. Args: start, goal.</summary>
    public const string GoalEqualsStart = "SPM-OKR-002";

    /// <summary>An entered-value key result lacks its start or goal. No args.</summary>
    public const string StartOrGoalMissing = "SPM-OKR-003";

    /// <summary>A key result that tracks a target names none. No args.</summary>
    public const string TargetMissing = "SPM-OKR-004";

    /// <summary>The objective already has the most active key results. Args: objective, most allowed.</summary>
    public const string TooManyKeyResults = "SPM-OKR-005";

    /// <summary>The parent objective would make the alignment a cycle. Args: parent objective.</summary>
    public const string AlignmentCycle = "SPM-OKR-006";

    /// <summary>The objective's period lies outside its parent's period. Args: parent, period code, parent's period code.</summary>
    public const string PeriodOutsideParent = "SPM-OKR-007";

    /// <summary>The alignment chain above the objective is deeper than allowed. Args: parent objective, most levels.</summary>
    public const string AlignmentTooDeep = "SPM-OKR-008";

    /// <summary>The key result's kind is empty. No args.</summary>
    public const string KindMissing = "SPM-OKR-009";

    /// <summary>A one-to-one check-in names no rep. No args.</summary>
    public const string CheckInRepMissing = "SPM-CHK-001";

    /// <summary>A team check-in names no team. No args.</summary>
    public const string CheckInTeamMissing = "SPM-CHK-002";

    /// <summary>A follow-up action has no owner or no due date. No args.</summary>
    public const string ActionOwnerOrDueMissing = "SPM-CHK-003";

    /// <summary>The check-in has no meeting date. No args.</summary>
    public const string CheckInDateMissing = "SPM-CHK-004";

    /// <summary>A key result names an owner other than its objective's, or moves to an objective of another owner. Args: objective, objective's owner.</summary>
    public const string KeyResultNotObjectiveOwners = "SPM-OKR-050";
}
