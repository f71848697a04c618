namespace SalesPerf.Domain.Commission;

/// <summary><c>spm_tierbasis</c>: tier bounds are percents of quota, or currency amounts.</summary>
public enum TierBasis
{
    AttainmentPercent = 100000000,
    Amount = 100000001,
}
