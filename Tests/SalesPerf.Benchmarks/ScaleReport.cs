using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SalesPerf.Benchmarks.Harness;
using SalesPerf.Demo;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Benchmarks;

/// <summary>
/// bench.sh --scale [REPS...] (issue 16 item 5): the whole demo year (default options, no packing) at each number of reps
/// — wall time, plug-in calls, rows read and rows examined per operation, the closing sliced recalculation (slices per
/// run, calls per slice) — then the real-organisation estimate (calls × 5 ms and × 10 ms) for a win, a late event and a
/// slice, and the lock hold on the team parent per win, in calls. Wall times depend on the machine and its load; the
/// counts do not.
/// </summary>
public static class ScaleReport
{
    public static readonly int[] DefaultReps = [10, 100, 1_000];

    private static readonly string[] Watched = ["WinOpportunity", "LoseOpportunity", "Create opportunity", "Create invoice", "FulfillSalesOrder", "Create salesorder"];

    /// <param name="reps">The sizes, in reps.</param>
    /// <param name="options">The demo's other options (default: the whole year, 40 opportunities per rep), without packing.</param>
    public static void Print(IReadOnlyList<int> reps, DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = options with { Pack = false };
        Console.WriteLine(Invariant($"Demo: {options.BusinessMonths} months, {options.OpportunitiesPerRep} opportunities per rep, seed {options.Seed}."));
        ArgumentNullException.ThrowIfNull(reps);
        var runs = new List<(int Reps, DemoResult Result)>();
        Console.WriteLine("| reps | operations | faults | wall time | ms / operation | calls / operation | rows read / operation | rows examined / operation | win: calls / rows read / rows examined | recalculation: slices, calls per slice (mean / max) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var count in reps)
        {
            var folder = Path.Combine(Path.GetTempPath(), "spm-scale-" + Guid.NewGuid().ToString("N"));
            try
            {
                var result = DemoRunner.Run(options with { Reps = count }, TextWriter.Null, folder);
                runs.Add((count, result));
                Console.WriteLine(Row(count, result));
                Console.Error.WriteLine(Invariant($"{count} reps, whole-table reads (table: reads, rows): ")
                    + string.Join(", ", result.ScannedRows.OrderByDescending(s => s.Value).Take(8).Select(s => Invariant($"{s.Key}: {result.TableScans[s.Key]}, {s.Value}"))));
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("Per kind of operation (calls / rows read / rows examined per operation):");
        Console.WriteLine("| operation | " + string.Join(" | ", runs.Select(r => Invariant($"{r.Reps:N0} reps"))) + " |");
        Console.WriteLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        foreach (var kind in Watched)
        {
            var cells = runs.Select(r => r.Result.CostByOperation.FirstOrDefault(c => c.Operation == kind) is { } c
                ? Invariant($"{c.CallsPerOperation:0.0} / {c.RowsReadPerOperation:0.0} / {c.RowsExaminedPerOperation:0.0}")
                : "–");
            Console.WriteLine($"| {kind} | {string.Join(" | ", cells)} |");
        }

        Estimates(runs.Count > 0 ? runs[^1].Result : null);
    }

    private static string Row(int reps, DemoResult result)
    {
        var ops = Math.Max(1, result.Operations);
        var win = result.CostByOperation.FirstOrDefault(c => c.Operation == "WinOpportunity");
        var slices = result.RecalculationSliceCalls;
        var recalculation = slices.Count == 0 ? "–" : Invariant($"{slices.Count}, {slices.Average():0} / {slices.Max()}");
        return Invariant($"| {reps:N0} | {result.Operations:N0} | {result.Faults} | {result.Elapsed.TotalSeconds:0} s | {result.Elapsed.TotalMilliseconds / ops:0.00} | {(double)result.PluginServiceCalls / ops:0.00} | {(double)result.PluginRowsRead / ops:0.00} | {(double)result.RowsExamined / ops:0.0} | {win?.CallsPerOperation ?? 0:0.0} / {win?.RowsReadPerOperation ?? 0:0.0} / {win?.RowsExaminedPerOperation ?? 0:0.0} | {recalculation} |");
    }

    /// <summary>(c) calls × a stated latency per call, and (d) the lock hold on the team parent.</summary>
    private static void Estimates(DemoResult? largest)
    {
        var book = SalesBook.Seed(10);
        var (hold, winCalls) = book.MeasureTeamParentLockHold();
        var late = CommissionBook.Seed(1_000).MeasureBackDatedWin();
        var sliceCalls = largest?.RecalculationSliceCalls is { Count: > 0 } s ? s.Max() : 0;
        Console.WriteLine();
        Console.WriteLine("Real-organisation estimate (calls × latency per call):");
        Console.WriteLine("| event | calls | at 5 ms a call | at 10 ms a call |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Estimate("a win (worked case, docs/attainment.md)", winCalls));
        Console.WriteLine(Estimate("a late event (back-dated win, 1,000-line statement)", late.Calls));
        Console.WriteLine(Estimate("the largest recalculation slice of the largest run", sliceCalls));
        Console.WriteLine(Estimate("a slice at its bound (SliceBounds.MaxCallsPerSlice)", SliceBounds.MaxCallsPerSlice));
        Console.WriteLine();
        Console.WriteLine(Invariant($"Lock hold on the team parent per win: {hold} of the win's {winCalls} calls are sent from the first write of the team Revenue target to the end of the transaction."));
    }

    private static string Estimate(string label, int calls) =>
        Invariant($"| {label} | {calls:N0} | {calls * 5 / 1000.0:0.00} s | {calls * 10 / 1000.0:0.00} s |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
