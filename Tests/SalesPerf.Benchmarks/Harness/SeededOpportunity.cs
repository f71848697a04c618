using System;

namespace SalesPerf.Benchmarks.Harness;

/// <summary>One opportunity of a seeded book: its outcome, its (estimated and, when closed, actual) close date and its value.</summary>
public sealed record SeededOpportunity(SeededOutcome Outcome, DateTime CloseDate, decimal Value)
{
    /// <summary>The sales cycle a migration carries for closed deals (the stamp plug-in does not run while seeding).</summary>
    public const int MigratedCycleDays = 30;

    public static SeededOpportunity Won(DateTime closeDate, decimal value) => new(SeededOutcome.Won, closeDate, value);

    public static SeededOpportunity Lost(DateTime closeDate, decimal value) => new(SeededOutcome.Lost, closeDate, value);

    public static SeededOpportunity Open(DateTime estimatedCloseDate, decimal value) => new(SeededOutcome.Open, estimatedCloseDate, value);
}

public enum SeededOutcome
{
    Open,
    Won,
    Lost,
}
