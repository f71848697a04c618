namespace SalesPerf.Benchmarks.Harness;

/// <summary>Choice values of the data-model contract (domain doc sections 2–3) the seeded book uses.</summary>
public static class Choices
{
    public const int YearPeriod = 100000000;
    public const int Revenue = 100000000;
    public const int WonDeals = 100000001;
    public const int WinRate = 100000002;
    public const int SalesCycleDays = 100000003;
    public const int RollupChildTargets = 100000001;
    public const int LowerIsBetter = 100000001;
}
