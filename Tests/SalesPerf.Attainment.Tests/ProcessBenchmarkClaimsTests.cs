using SalesPerf.Benchmarks.Harness;
using SalesPerf.Plugins.Attainment;

namespace SalesPerf.Attainment.Tests;

/// <summary>
/// Issue 14's budget claims, with the benchmark's own harness (counts only): a visit completion and a lead
/// qualification cost the same calls and rows read whatever the number of appointments and leads of the rep
/// (domain-rules.md "Process KPIs", "Call budget").
/// </summary>
public sealed class ProcessBenchmarkClaimsTests
{
    /// <summary>
    /// Rows read are bounded by groups, never by records: the owner's visit-success target compares days, so its visit
    /// aggregate returns one row per customer and day with a visit in the span (FY2026 plus 30 days): at most
    /// (50 book customers + 1) × 395 days, plus month groups of the other aggregates and the target rows.
    /// </summary>
    private const int RowsBound = (50 + 1) * 395 + 100;

    [Fact]
    public void VisitCompleted_Calls_AreTheSameAt10And1000Rows_RowsReadBoundedByCustomersAndDays()
    {
        var small = ProcessBook.Seed(10);
        var large = ProcessBook.Seed(1_000);

        var smallCost = small.MeasureVisit();
        var largeCost = large.MeasureVisit();

        // The engine's calls are the same whatever the book's size. Steps listening to target updates (key results,
        // honours) cost a query per target whose attainment moved, which depends on the visit, not on the book's size:
        // in the small book the visit-success ratio moves one more target than in the large one.
        var engine = typeof(AppointmentAttainmentPlugin).FullName!;
        Assert.Equal(small.Org.ServiceCalls.ByPlugin[engine], large.Org.ServiceCalls.ByPlugin[engine]);
        Assert.InRange(smallCost.Calls - largeCost.Calls, 0, 1);
        Assert.InRange(largeCost.RowsRead, 1, RowsBound);
        // The target query, the visit, created-opportunity and closed-lead aggregates, then the visit and visit-success
        // targets of February, Q1 and FY2026 (6 writes); lead conversion does not move, so no parent is read.
        Assert.Equal(4 + 6, large.Org.ServiceCalls.ByPlugin[typeof(AppointmentAttainmentPlugin).FullName!]);
        Assert.Equal(1_000m + 1m, large.TargetActual("VISITS", "FY2026"));
    }

    [Fact]
    public void LeadQualified_Calls_AreTheSameAt10And1000Rows_RowsReadBoundedByCustomersAndDays()
    {
        var small = ProcessBook.Seed(10);
        var large = ProcessBook.Seed(1_000);

        var smallCost = small.MeasureQualification();
        var largeCost = large.MeasureQualification();

        Assert.Equal(smallCost.Calls, largeCost.Calls);
        Assert.InRange(largeCost.RowsRead, 1, RowsBound);
        // The close-date stamp, the target query, three aggregates, the lead-conversion targets of February, Q1 and
        // FY2026, then the team parent of Q1: its row, its children's totals and its Update.
        Assert.Equal(1 + 4 + 3 + 3, large.Org.ServiceCalls.ByPlugin[typeof(LeadAttainmentPlugin).FullName!]);
    }
}
