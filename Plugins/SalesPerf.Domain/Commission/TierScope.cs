namespace SalesPerf.Domain.Commission;

/// <summary><c>spm_tierscope</c>: whether tiers apply to the period's running total or to each transaction alone.</summary>
public enum TierScope
{
    PeriodCumulative = 100000000,
    PerTransaction = 100000001,
}
