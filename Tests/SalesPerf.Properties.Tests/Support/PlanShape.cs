using System.Collections.Generic;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>The tiers of the won-revenue plan (choice values: domain.md section 2).</summary>
public sealed record PlanShape(string Name, int Scope, int Mode, IReadOnlyList<(decimal Lower, decimal? Upper, decimal Rate)> Tiers)
{
    public const int WonRevenueBasis = 100000000;
    public const int CollectionsBasis = 100000003;
    public const int Cumulative = 100000000;
    public const int PerTransaction = 100000001;
    public const int Retroactive = 100000000;
    public const int Marginal = 100000001;
    public const int AmountTiers = 100000001;

    /// <summary>Long enough that every reversal in the world's 135 days is inside the window.</summary>
    public const int ClawbackDays = 365;

    /// <summary>10 % of everything: every deal's commission is exactly a tenth of its credit, whatever the order.</summary>
    public static readonly PlanShape Flat = new("flat 10 %", Cumulative, Marginal, [(0m, null, 10m)]);

    public static readonly PlanShape CumulativeRetroactive = new("cumulative retroactive 5/10 %", Cumulative, Retroactive, [(0m, 4_000m, 5m), (4_000m, null, 10m)]);

    public static readonly PlanShape CumulativeMarginal = new("cumulative marginal 4/8/12 %", Cumulative, Marginal, [(0m, 2_000m, 4m), (2_000m, 6_000m, 8m), (6_000m, null, 12m)]);

    public static readonly PlanShape PerTransactionMarginal = new("per-transaction marginal 5/10 %", PerTransaction, Marginal, [(0m, 1_000m, 5m), (1_000m, null, 10m)]);

    public static readonly IReadOnlyList<PlanShape> All = [Flat, CumulativeRetroactive, CumulativeMarginal, PerTransactionMarginal];

    public override string ToString() => Name;
}
