namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Stable codes of SalesPerf's business rule messages. Codes never change meaning and are never reused: support
/// articles, tests and users' screenshots refer to them.
/// </summary>
public static class MessageCodes
{
    public const string NegativeTargetValue = "SPM-TGT-001";
    public const string NegativeStretchValue = "SPM-TGT-002";
    public const string ComputedTargetColumn = "SPM-TGT-003";
    public const string ActualValueNotManual = "SPM-TGT-004";
    public const string SeasonalWeightsNotHundred = "SPM-TGT-005";
    public const string PeriodEndBeforeStart = "SPM-PER-001";
    public const string OverlappingPeriods = "SPM-PER-002";
    public const string DealSplitsOverHundred = "SPM-DSP-001";
    public const string OverlappingTiers = "SPM-CPL-001";
    public const string InvertedTier = "SPM-CPL-002";
    public const string AssignmentOutsidePlanDates = "SPM-PLA-001";
    public const string ComputedColumn = "SPM-CMP-001";
    public const string ReviewTransitionOutOfOrder = "SPM-REV-001";
}
