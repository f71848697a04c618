using System;
using System.Globalization;
using System.IO;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// Hands a benchmark case's deterministic cost (calls, rows read) to the summary columns: one small file per case in
/// the folder bench.sh names, so it works whether the case runs in this process or in a child process.
/// </summary>
public static class CostRecords
{
    public const string Variable = "SALESPERF_BENCH_COSTS";

    public static void Write(string benchmark, int size, EventCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var folder = Folder();
        Directory.CreateDirectory(folder);
        File.WriteAllText(PathOf(folder, benchmark, size), string.Create(CultureInfo.InvariantCulture, $"{cost.Calls} {cost.RowsRead}"));
    }

    public static EventCost? Read(string benchmark, int size)
    {
        var path = PathOf(Folder(), benchmark, size);
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ');
        return new EventCost(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Folder() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "salesperf-bench-costs");

    private static string PathOf(string folder, string benchmark, int size) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{benchmark}-{size}.txt"));
}
