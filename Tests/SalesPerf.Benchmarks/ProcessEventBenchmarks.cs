using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// The engine's time per process event (issue 14): a visit completion and a lead qualification through the local
/// organisation with the real step registrations, in a rep's book of <see cref="RowsPerRep"/> completed appointments
/// and closed leads. Each invocation completes a fresh appointment or qualifies a fresh lead.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class ProcessEventBenchmarks
{
    private const int EventsPerIteration = BenchmarkConfig.EngineInvocations;

    private readonly Queue<Guid> _openVisits = new();
    private readonly Queue<Guid> _openLeads = new();
    private ProcessBook? _book;

    [ParamsSource(nameof(Sizes))]
    public int RowsPerRep { get; set; }

    public static IEnumerable<int> Sizes() => BookSizes.Selected();

    [GlobalSetup]
    public void Setup()
    {
        _book = ProcessBook.Seed(RowsPerRep);
        CostRecords.Write(nameof(VisitCompleted), RowsPerRep, _book.MeasureVisit());
        CostRecords.Write(nameof(LeadQualified), RowsPerRep, _book.MeasureQualification());
    }

    [IterationSetup]
    public void PrepareEvents()
    {
        var book = Book;
        book.Org.StepLog.Clear();
        while (_openVisits.Count < EventsPerIteration)
        {
            _openVisits.Enqueue(book.NewOpenVisit());
        }

        while (_openLeads.Count < EventsPerIteration)
        {
            _openLeads.Enqueue(book.NewOpenLead());
        }
    }

    [Benchmark(Description = "Engine: one visit completed")]
    public void VisitCompleted() => Book.CompleteVisit(_openVisits.Dequeue());

    [Benchmark(Description = "Engine: one lead qualified")]
    public void LeadQualified() => Book.QualifyLead(_openLeads.Dequeue());

    [GlobalCleanup]
    public void Cleanup() => _book = null;

    private ProcessBook Book => _book ?? throw new InvalidOperationException("The book is seeded in the global setup.");
}
