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
    public const string PeriodOutsideParent = "SPM-PER-003";
    public const string PeriodParentTypeInvalid = "SPM-PER-004";
    public const string FiscalYearStartMonthInvalid = "SPM-PER-005";
    public const string PeriodCodeNotUnique = "SPM-PER-006";
    public const string YearOffFiscalCalendar = "SPM-PER-007";
    public const string StretchLessAmbitious = "SPM-TGT-006";
    public const string ThresholdOutOfRange = "SPM-TGT-007";
    public const string ScoreCapOutOfRange = "SPM-TGT-008";
    public const string WeightNegative = "SPM-TGT-009";
    public const string SeasonalWeightUnreadable = "SPM-TGT-010";
    public const string SeasonalWeightCountMismatch = "SPM-TGT-011";
    public const string SeasonalWeightNegative = "SPM-TGT-012";
    public const string DecompositionNoChildPeriods = "SPM-TGT-013";
    public const string DecompositionTypeNotShorter = "SPM-TGT-014";
    public const string DecompositionChildrenDoNotCover = "SPM-TGT-015";
    public const string AllocationValueNegative = "SPM-TGT-020";
    public const string AllocationPercentOutOfRange = "SPM-TGT-021";
    public const string AllocationOwnerDuplicate = "SPM-TGT-022";
    public const string AllocationPercentSumOver100 = "SPM-TGT-023";
    public const string AllocationEmpty = "SPM-TGT-024";
    public const string AllocationsUnreadable = "SPM-TGT-030";
    public const string AllocationOwnerUnknown = "SPM-TGT-031";
    public const string TargetInactive = "SPM-TGT-032";
    public const string PeriodTypeUnknown = "SPM-TGT-033";
    public const string KpiSetEmpty = "SPM-KPS-001";
    public const string ScorecardOwnerInvalid = "SPM-KPS-002";
    public const string ComputedColumn = "SPM-CMP-001";
    public const string ReviewTransitionOutOfOrder = "SPM-REV-001";
    public const string ReviewWrongParty = "SPM-REV-002";
    public const string ReviewReadOnly = "SPM-REV-003";
    public const string ReviewRatingOutOfRange = "SPM-REV-004";
    public const string ReviewWeightOutOfRange = "SPM-REV-005";
    public const string ReviewRatingsRequired = "SPM-REV-006";
    public const string ReviewFieldNotEditable = "SPM-REV-007";
    public const string ReviewNotCreatedAsDraft = "SPM-REV-008";
    public const string CommissionTiersOverlap = "SPM-PLN-001";
    public const string CommissionTierInverted = "SPM-PLN-002";
    public const string CommissionTierRateNegative = "SPM-PLN-003";
    public const string CommissionTierLowerNegative = "SPM-PLN-004";
    public const string CommissionPayoutCapNegative = "SPM-PLN-005";
    public const string CommissionAcceleratorGateNegative = "SPM-PLN-006";
    public const string CommissionClawbackDaysNegative = "SPM-PLN-007";
    public const string CommissionEffectiveToBeforeFrom = "SPM-PLN-008";
    public const string CommissionAssignmentOutsideEffectiveDates = "SPM-PLN-009";
    public const string CommissionQuotaNotPositive = "SPM-PLN-010";
    public const string CommissionPlanHasNoTiers = "SPM-PLN-011";
    public const string CommissionUnknownChoice = "SPM-PLN-012";
    public const string SplitsOver100 = "SPM-SPL-001";
    public const string SplitPercentOutOfRange = "SPM-SPL-002";
    public const string SplitUserDuplicate = "SPM-SPL-003";
    public const string SplitNamesOwner = "SPM-SPL-004";
    public const string StatementTransitionNotAllowed = "SPM-STM-001";
    public const string StatementRoleNotAllowed = "SPM-STM-002";
    public const string StatementReadOnly = "SPM-STM-003";
    public const string StatementColumnReadOnly = "SPM-STM-004";
    public const string StatementDeleteNotAllowed = "SPM-STM-005";
    public const string EstimateNotAllowed = "SPM-EST-001";
    public const string SetupNotAdministrator = "SPM-SET-001";
    public const string SetupMessageMissing = "SPM-SET-002";
    public const string SetupFilterMissing = "SPM-SET-003";
    public const string SetupPluginTypeMissing = "SPM-SET-004";
    public const string SetupSolutionMissing = "SPM-SET-005";
}
