namespace SalesPerf.Domain.Recognition;

/// <summary>Stable codes of recognition and honour rule violations ({0} is always the row's name). Never renumber, only add.</summary>
public static class RecognitionRuleCodes
{
    /// <summary>A rule's kind or period type is missing. Args: the missing column's label.</summary>
    public const string RuleIncomplete = "SPM-RCG-001";

    /// <summary>A first-to-reach threshold is missing, ≤ 0 or above the maximum. Args: value (or "none"), maximum.</summary>
    public const string ThresholdOutOfRange = "SPM-RCG-002";

    /// <summary>A first-to-reach rule names no KPI, or one that does not exist. Args: the KPI id (or "none").</summary>
    public const string KpiUnknown = "SPM-RCG-003";

    /// <summary>A top-N rule's N is missing or outside 1 to the maximum. Args: value (or "none"), maximum.</summary>
    public const string TopNOutOfRange = "SPM-RCG-004";

    /// <summary>Kudos to oneself. Args: none.</summary>
    public const string KudosToSelf = "SPM-RCG-005";

    /// <summary>Kudos changed by someone other than its giver. Args: none.</summary>
    public const string KudosNotGiver = "SPM-RCG-006";

    /// <summary>An honour, or an honour's column, written by anyone but the engine. Args: column.</summary>
    public const string HonourEngineOnly = "SPM-RCG-007";

    /// <summary>Kudos without a recipient. Args: none.</summary>
    public const string RecipientMissing = "SPM-RCG-008";

    /// <summary>An honour deleted by anyone but the engine. Args: none.</summary>
    public const string HonourDeleted = "SPM-RCG-050";
}
