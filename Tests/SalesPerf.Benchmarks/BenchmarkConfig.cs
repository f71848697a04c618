using System;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SalesPerf.Benchmarks;

/// <summary>
/// A short job for a 2-core machine: in process (no generated project to build), one warm-up and a few measured
/// iterations of a fixed number of invocations (each invocation changes the organisation, so there is no pilot
/// stage). <see cref="Quick"/> (bench.sh --quick) measures fewer iterations.
/// </summary>
public class BenchmarkConfig : ManualConfig
{
    public const int EngineInvocations = 4;
    public const string QuickVariable = "SALESPERF_BENCH_QUICK";

    public BenchmarkConfig()
        : this("Engine", EngineInvocations, warmups: 1, iterations: 5)
    {
    }

    protected BenchmarkConfig(string name, int invocations, int warmups, int iterations)
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(Quick ? 2 : iterations)
            .WithInvocationCount(invocations)
            .WithUnrollFactor(1)
            .WithId(Quick ? name + "Quick" : name));
        AddColumn(CostColumn.Calls, CostColumn.RowsRead);
    }

    private static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";
}

/// <summary>
/// The naive recompute takes tens of seconds at 100,000 rows in the local organisation: one invocation per iteration,
/// no warm-up (the 10 and 1,000 cases run first and warm the same code).
/// </summary>
public sealed class NaiveBenchmarkConfig : BenchmarkConfig
{
    public NaiveBenchmarkConfig()
        : base("Naive", 1, warmups: 0, iterations: 3)
    {
    }
}
