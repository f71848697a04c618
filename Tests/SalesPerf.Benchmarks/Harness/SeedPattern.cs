using System;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>
/// Where the <c>i</c>-th seeded opportunity of a rep falls. The book repeats a pattern of ten deals over five fiscal years:
/// six closed in FY2022–FY2025, and three in FY2026 (won and lost in January, open with an estimated close in February).
/// So FY2026 holds 30% of the book (30,000 rows at 100,000), under Dataverse's 50,000-row aggregate limit, and every
/// book of ten or more deals fills the same date buckets: only the volume changes, never the shape.
/// </summary>
public static class SeedPattern
{
    public const int Length = 10;

    public static SeededOpportunity At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var day = 1 + (index / Length % 28);
        var value = 1_000m + (index % Length * 100m);
        return (index % Length) switch
        {
            0 => SeededOpportunity.Won(Date(2022, 5, day), value),
            1 => SeededOpportunity.Lost(Date(2022, 9, day), value),
            2 => SeededOpportunity.Won(Date(2023, 3, day), value),
            3 => SeededOpportunity.Lost(Date(2023, 11, day), value),
            4 => SeededOpportunity.Won(Date(2024, 6, day), value),
            5 => SeededOpportunity.Won(Date(2025, 8, day), value),
            6 => SeededOpportunity.Lost(Date(2025, 12, day), value),
            7 => SeededOpportunity.Won(Date(2026, 1, day), value),
            8 => SeededOpportunity.Lost(Date(2026, 1, day), value),
            _ => SeededOpportunity.Open(Date(2026, 2, day), value),
        };
    }

    private static DateTime Date(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
