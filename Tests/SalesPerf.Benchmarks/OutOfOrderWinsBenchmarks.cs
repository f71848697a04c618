using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// <see cref="Wins"/> wins arriving latest first (each dated before every line already on the statement) on a fresh
/// statement: one invocation wins them all. The book and its open deals are prepared outside the measured time.
/// </summary>
[Config(typeof(NaiveBenchmarkConfig))]
public class OutOfOrderWinsBenchmarks
{
    private CommissionBook? _book;
    private List<Guid> _deals = [];

    [Params(2_000)]
    public int Wins { get; set; }

    [GlobalSetup]
    public void Setup() => CostRecords.Write(nameof(OutOfOrderWins), Wins, CommissionBook.MeasureOutOfOrderWins(Wins));

    [IterationSetup]
    public void PrepareBook()
    {
        _book = CommissionBook.Seed(0);
        _deals = Enumerable.Range(0, Wins).Select(_ => _book.NewOpenDeal()).ToList();
    }

    [Benchmark(Description = "Engine: wins latest first")]
    public void OutOfOrderWins() => (_book ?? throw new InvalidOperationException("Prepared in the iteration setup.")).WinLatestFirst(_deals);
}
