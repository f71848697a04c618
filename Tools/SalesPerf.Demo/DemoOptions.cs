namespace SalesPerf.Demo;

/// <summary>What the demo generates. The same options (seed included) always give the same operations.</summary>
public sealed record DemoOptions
{
    public int Seed { get; init; } = 2026;

    /// <summary>Sales reps, split over two teams (East 华东, North 华北); at least 2, at most 10.</summary>
    public int Reps { get; init; } = 10;

    public int OpportunitiesPerRep { get; init; } = 40;

    public int FiscalYear { get; init; } = 2026;

    /// <summary>Months of business simulated from the start of the fiscal year (1–12).</summary>
    public int BusinessMonths { get; init; } = 12;

    /// <summary>Whether to pack the managed and unmanaged solution zips next to the report.</summary>
    public bool Pack { get; init; } = true;
}
