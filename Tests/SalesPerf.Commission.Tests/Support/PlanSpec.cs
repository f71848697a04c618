namespace SalesPerf.Commission.Tests.Support;

/// <summary>A plan to create; choice values are the domain's (domain.md section 2).</summary>
public sealed record PlanSpec(int Basis, int Scope, int Mode, int TierBasis, params Tier[] Tiers)
{
    public const int WonRevenue = 100000000;
    public const int FulfilledOrders = 100000001;
    public const int GrossMargin = 100000002;
    public const int Collections = 100000003;
    public const int Cumulative = 100000000;
    public const int PerTransaction = 100000001;
    public const int Retroactive = 100000000;
    public const int Marginal = 100000001;
    public const int Percent = 100000000;
    public const int Amount = 100000001;

    public decimal? Cap { get; init; }

    public decimal? Gate { get; init; }

    public int ClawbackDays { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }
}
