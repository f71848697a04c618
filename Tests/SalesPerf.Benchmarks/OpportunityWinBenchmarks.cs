using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// The engine's time per event: an opportunity win through the local organisation with the real step registrations,
/// in a rep's book of <see cref="OpportunitiesPerRep"/> opportunities. Each invocation wins a fresh open deal.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class OpportunityWinBenchmarks
{
    /// <summary>Deals made ready before each iteration: at least the invocations of one iteration (<see cref="BenchmarkConfig"/>).</summary>
    private const int DealsPerIteration = BenchmarkConfig.EngineInvocations;

    private readonly Queue<Guid> _openDeals = new();
    private SalesBook? _book;

    [ParamsSource(nameof(Sizes))]
    public int OpportunitiesPerRep { get; set; }

    public static IEnumerable<int> Sizes() => BookSizes.Selected();

    [GlobalSetup]
    public void Setup()
    {
        _book = SalesBook.Seed(OpportunitiesPerRep);
        CostRecords.Write(nameof(EngineWin), OpportunitiesPerRep, _book.MeasureWin());
    }

    [IterationSetup]
    public void PrepareDeals()
    {
        var book = Book;
        book.Org.StepLog.Clear();
        while (_openDeals.Count < DealsPerIteration)
        {
            _openDeals.Enqueue(book.NewOpenDeal());
        }
    }

    [Benchmark(Description = "Engine: one win")]
    public void EngineWin() => Book.Win(_openDeals.Dequeue());

    [GlobalCleanup]
    public void Cleanup() => _book = null;

    private SalesBook Book => _book ?? throw new InvalidOperationException("The book is seeded in the global setup.");
}
