namespace SalesPerf.Domain.Commission;

/// <summary><c>spm_tiermode</c>: Retroactive pays the whole amount at the rate of the tier reached; Marginal pays each slice at its band's rate.</summary>
public enum TierMode
{
    Retroactive = 100000000,
    Marginal = 100000001,
}
