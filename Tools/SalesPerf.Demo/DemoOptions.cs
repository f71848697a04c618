namespace SalesPerf.Demo;

/// <summary>What the demo generates. The same options (seed included) always give the same operations.</summary>
public sealed record DemoOptions
{
    public int Seed { get; init; } = 2026;

    /// <summary>The fewest and most reps the demo generates.</summary>
    public const int MinReps = 2;

    public const int MaxReps = 1_000;

    /// <summary>
    /// Sales reps, 2 to 1,000: up to 10 in two teams (East 华东, North 华北), more in teams of at most 10 grouped into
    /// business units of at most 10 teams. Out of range is refused (<see cref="RepsError"/>), never clamped.
    /// </summary>
    public int Reps { get; init; } = 10;

    public int OpportunitiesPerRep { get; init; } = 40;

    public int FiscalYear { get; init; } = 2026;

    /// <summary>Months of business simulated from the start of the fiscal year (1–12).</summary>
    public int BusinessMonths { get; init; } = 12;

    /// <summary>Whether to pack the managed and unmanaged solution zips next to the report.</summary>
    public bool Pack { get; init; } = true;

    /// <summary>Why a number of reps cannot be generated (English and Chinese), or null when it can.</summary>
    public static string? RepsError(int reps) => reps is < MinReps or > MaxReps
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"--reps must be between {MinReps} and {MaxReps:N0}; {reps} was given. 销售代表人数必须在 {MinReps} 到 {MaxReps:N0} 之间，实际为 {reps}。")
        : null;
}
