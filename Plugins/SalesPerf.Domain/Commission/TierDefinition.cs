namespace SalesPerf.Domain.Commission;

/// <summary>One <c>spm_commissiontier</c> row as read, before <see cref="CommissionPlan.Create"/> validates it into a <see cref="CommissionTier"/>.</summary>
public readonly record struct TierDefinition(decimal Lower, decimal? Upper, decimal RatePercent);
