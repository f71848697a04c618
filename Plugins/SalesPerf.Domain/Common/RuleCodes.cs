namespace SalesPerf.Domain.Common;

/// <summary>
/// Stable codes of the rule violations this domain reports. The plugin layer's message table maps each code to
/// an English and a Simplified Chinese text whose {0} is the record's name (supplied by the plugin layer) and
/// whose {1}, {2}, … are <see cref="RuleViolation.Arguments"/> in order ("Args" below). The codes are shared
/// with that table: never renumber or reuse one, only add. SPM-TGT-003 (computed column written) and
/// SPM-TGT-004 (actual value on a non-manual KPI) are raised by the plugin layer, not here.
/// </summary>
public static class RuleCodes
{
    /// <summary>Period end precedes its start. Args: start, end.</summary>
    public const string PeriodEndBeforeStart = "SPM-PER-001";

    /// <summary>Period overlaps another period of the same type. Args: the other period's code, its start, its end.</summary>
    public const string PeriodOverlap = "SPM-PER-002";

    /// <summary>Period lies outside its parent. Args: parent code, parent start, parent end.</summary>
    public const string PeriodOutsideParent = "SPM-PER-003";

    /// <summary>Parent period is not of a longer type. Args: period type, parent code, parent type.</summary>
    public const string PeriodParentTypeInvalid = "SPM-PER-004";

    /// <summary>Fiscal year start month is not 1–12. Args: month.</summary>
    public const string FiscalYearStartMonthInvalid = "SPM-PER-005";

    /// <summary>Target value is negative. Args: value.</summary>
    public const string TargetValueNegative = "SPM-TGT-001";

    /// <summary>Stretch value is negative. Args: value.</summary>
    public const string StretchValueNegative = "SPM-TGT-002";

    /// <summary>Seasonal weights do not sum to exactly 100. Args: sum.</summary>
    public const string SeasonalWeightSumNot100 = "SPM-TGT-005";

    /// <summary>Stretch value is less ambitious than the target (below it, or above it when lower is better). Args: stretch, target.</summary>
    public const string StretchLessAmbitious = "SPM-TGT-006";

    /// <summary>Threshold percent outside its range. Args: value, minimum, maximum.</summary>
    public const string ThresholdOutOfRange = "SPM-TGT-007";

    /// <summary>Score cap outside its range. Args: value, minimum, maximum.</summary>
    public const string ScoreCapOutOfRange = "SPM-TGT-008";

    /// <summary>Weight is negative. Args: value.</summary>
    public const string WeightNegative = "SPM-TGT-009";

    /// <summary>A seasonal weight cannot be read as a number. Args: the entry, its position (1-based).</summary>
    public const string SeasonalWeightUnreadable = "SPM-TGT-010";

    /// <summary>Number of seasonal weights differs from the number of child periods. Args: weights given, child periods.</summary>
    public const string SeasonalWeightCountMismatch = "SPM-TGT-011";

    /// <summary>A seasonal weight is negative. Args: value, position (1-based).</summary>
    public const string SeasonalWeightNegative = "SPM-TGT-012";

    /// <summary>The target's period has no stored child periods of the requested type. Args: period code, requested type.</summary>
    public const string DecompositionNoChildPeriods = "SPM-TGT-013";

    /// <summary>The requested child type is not shorter than the target's period type. Args: period type, requested type.</summary>
    public const string DecompositionTypeNotShorter = "SPM-TGT-014";

    /// <summary>The child periods leave a gap in (or overlap within) the parent period. Args: period code, first uncovered date.</summary>
    public const string DecompositionChildrenDoNotCover = "SPM-TGT-015";

    /// <summary>An allocation amount is negative. Args: owner, value.</summary>
    public const string AllocationValueNegative = "SPM-TGT-020";

    /// <summary>An allocation percent is outside 0–100. Args: owner, percent.</summary>
    public const string AllocationPercentOutOfRange = "SPM-TGT-021";

    /// <summary>An owner appears more than once in one allocation. Args: owner.</summary>
    public const string AllocationOwnerDuplicate = "SPM-TGT-022";

    /// <summary>Allocation percents sum to more than 100. Args: sum.</summary>
    public const string AllocationPercentSumOver100 = "SPM-TGT-023";

    /// <summary>An allocation lists no members. No args.</summary>
    public const string AllocationEmpty = "SPM-TGT-024";
}
