namespace SalesPerf.Domain.Commission;

/// <summary>
/// Stable codes of commission plan and deal split violations (the plugin message table maps each to English and
/// Simplified Chinese). Codes are a contract: never renumber, only add.
/// </summary>
public static class CommissionRuleCodes
{
    /// <summary>Two tiers of a plan overlap. Args: first lower, first upper, second lower, second upper (empty upper = no limit).</summary>
    public const string TiersOverlap = "SPM-PLN-001";

    /// <summary>A tier's lower bound is not below its upper bound. Args: lower, upper.</summary>
    public const string TierInverted = "SPM-PLN-002";

    /// <summary>A tier's rate is negative. Args: lower, upper, rate.</summary>
    public const string TierRateNegative = "SPM-PLN-003";

    /// <summary>A tier's lower bound is negative. Args: lower, upper.</summary>
    public const string TierLowerNegative = "SPM-PLN-004";

    /// <summary>The payout cap is negative. Args: cap.</summary>
    public const string PayoutCapNegative = "SPM-PLN-005";

    /// <summary>The accelerator gate is negative. Args: gate.</summary>
    public const string AcceleratorGateNegative = "SPM-PLN-006";

    /// <summary>The clawback days are negative. Args: days.</summary>
    public const string ClawbackDaysNegative = "SPM-PLN-007";

    /// <summary>The plan's effective-to date precedes its effective-from date. Args: from, to.</summary>
    public const string EffectiveToBeforeFrom = "SPM-PLN-008";

    /// <summary>A plan assignment's period lies (partly) outside the plan's effective dates. Args: period start, period end, effective from, effective to.</summary>
    public const string AssignmentOutsideEffectiveDates = "SPM-PLN-009";

    /// <summary>The assignment's quota is not positive. Args: quota.</summary>
    public const string QuotaNotPositive = "SPM-PLN-010";

    /// <summary>The plan has no tiers. No args.</summary>
    public const string PlanHasNoTiers = "SPM-PLN-011";

    /// <summary>A choice column holds a value this version does not know. Args: column logical name, value.</summary>
    public const string UnknownChoice = "SPM-PLN-012";

    /// <summary>The rep already has an active assignment whose period overlaps. Args: rep, other assignment, its start, its end.</summary>
    public const string AssignmentsOverlap = "SPM-PLN-013";

    /// <summary>The period, plan or owner of an assignment with a settled statement changes. Args: column, statement, statement status.</summary>
    public const string AssignmentLocked = "SPM-PLN-014";

    /// <summary>An assignment with a settled statement is deleted. Args: statement, statement status.</summary>
    public const string AssignmentDeleteLocked = "SPM-PLN-015";

    /// <summary>Deal splits of one opportunity sum to more than 100 %. Args: opportunity, sum.</summary>
    public const string SplitsOver100 = "SPM-SPL-001";

    /// <summary>A split percent is not within 0–100. Args: user, percent.</summary>
    public const string SplitPercentOutOfRange = "SPM-SPL-002";

    /// <summary>A user has more than one split on the same opportunity. Args: opportunity, user.</summary>
    public const string SplitUserDuplicate = "SPM-SPL-003";

    /// <summary>A split names the opportunity's owner, who already keeps the rest. Args: opportunity, owner.</summary>
    public const string SplitNamesOwner = "SPM-SPL-004";
}
