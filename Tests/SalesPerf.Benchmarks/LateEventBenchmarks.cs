using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// A late event (docs/benchmarks.md "Late events"): a win dated at the start of the period on a statement of
/// <see cref="StatementLines"/> lines through the local organisation with the real steps. Each invocation wins another
/// back-dated deal, prepared outside the measured time.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class LateEventBenchmarks
{
    private readonly Queue<Guid> _openDeals = new();
    private CommissionBook? _book;

    [Params(1_000)]
    public int StatementLines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _book = CommissionBook.Seed(StatementLines);
        CostRecords.Write(nameof(BackDatedWin), StatementLines, _book.MeasureBackDatedWin());
    }

    [IterationSetup]
    public void PrepareDeals()
    {
        while (_openDeals.Count < BenchmarkConfig.EngineInvocations)
        {
            _openDeals.Enqueue(Book.NewOpenDeal());
        }
    }

    [Benchmark(Description = "Engine: one back-dated win")]
    public void BackDatedWin() => Book.Win(_openDeals.Dequeue(), CommissionBook.BackDate, CommissionBook.LateRevenue);

    [GlobalCleanup]
    public void Cleanup() => _book = null;

    private CommissionBook Book => _book ?? throw new InvalidOperationException("The book is seeded in the global setup.");
}
