using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// What the engine is compared with: a recompute that pages through every opportunity of the rep and sums February,
/// Q1 and FY2026 in memory. Its cost is recorded from the last invocation.
/// </summary>
[Config(typeof(NaiveBenchmarkConfig))]
public class NaiveRecomputeBenchmarks
{
    private SalesBook? _book;
    private NaiveResult? _last;

    [ParamsSource(nameof(Sizes))]
    public int OpportunitiesPerRep { get; set; }

    public static IEnumerable<int> Sizes() => BookSizes.Selected();

    [GlobalSetup]
    public void Setup() => _book = SalesBook.Seed(OpportunitiesPerRep);

    [Benchmark(Description = "Naive: page every row")]
    public NaiveResult NaiveRecompute()
    {
        var book = _book ?? throw new InvalidOperationException("The book is seeded in the global setup.");
        _last = Harness.NaiveRecompute.Run(book.Org.Service, book.Rep, SalesBook.EventPeriods);
        return _last;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_last is not null)
        {
            CostRecords.Write(nameof(NaiveRecompute), OpportunitiesPerRep, _last.Cost);
        }

        _book = null;
    }
}
