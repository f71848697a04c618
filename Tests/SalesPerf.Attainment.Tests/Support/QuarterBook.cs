using System;
using Microsoft.Xrm.Sdk;

using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>
/// One rep's FY2026 book for the chunking tests: targets on Q1 (Revenue 100,000,000; won deals; sales cycle, its KPI
/// created without a direction), on January (Revenue) and on the year (Revenue, won deals), then won deals seeded
/// without plug-ins: <c>januaryWins</c> of 1,000 closed 10 January after 10 days and <c>marchWins</c> of 4,000
/// closed 20 March after 40 days.
/// </summary>
public sealed class QuarterBook
{
    public QuarterBook(int januaryWins, int marchWins)
    {
        Org = new SalesOrg();
        Alice = Org.User("Alice");
        Periods = Org.Fy2026();
        var revenue = Org.Kpi("Revenue", Measures.Revenue);
        var wonDeals = Org.Kpi("Won deals", Measures.WonDeals);
        var cycle = Org.Kpi("Sales cycle", Measures.SalesCycleDays);
        QuarterRevenue = Org.Target(Alice, revenue, Periods.Q1, 100_000_000m);
        QuarterWonDeals = Org.Target(Alice, wonDeals, Periods.Q1, 50_000m);
        QuarterCycle = Org.Target(Alice, cycle, Periods.Q1, 25m);
        JanuaryRevenue = Org.Target(Alice, revenue, Periods.January, 30_000_000m);
        YearRevenue = Org.Target(Alice, revenue, Periods.Year, 400_000_000m);
        YearWonDeals = Org.Target(Alice, wonDeals, Periods.Year, 200_000m);
        var importedCustomer = Org.Account("Imported customer");
        BulkWins.Seed(Org, Alice, importedCustomer, januaryWins, 1_000m, "2026-01-10", 10);
        BulkWins.Seed(Org, Alice, importedCustomer, marchWins, 4_000m, "2026-03-20", 40);
    }

    public SalesOrg Org { get; }

    public Guid Alice { get; }

    public Periods Periods { get; }

    public Guid QuarterRevenue { get; }

    public Guid QuarterWonDeals { get; }

    public Guid QuarterCycle { get; }

    public Guid JanuaryRevenue { get; }

    public Guid YearRevenue { get; }

    public Guid YearWonDeals { get; }

    public decimal? Actual(Guid target) => Org.Number("spm_target", target, "spm_actualvalue");

    /// <summary>Runs <c>spm_Recalculate</c> to the end for Alice and one period; returns the recalculated targets' count.</summary>
    public int Recalculate(Guid period) =>
        RecalculateRun.ToEnd(Org.Service, new EntityReference("spm_period", period), new EntityReference("systemuser", Alice)).Targets;
}
