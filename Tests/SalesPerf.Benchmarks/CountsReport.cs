using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>
/// bench.sh --counts: the deterministic part of the benchmark without BenchmarkDotNet — per size, the win's calls and
/// rows read by plug-in and request, and the naive recompute's pages and rows; then the late events (a back-dated win on
/// a 1,000-line statement, 2,000 wins latest first).
/// </summary>
public static class CountsReport
{
    public static void Print(IEnumerable<int> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        foreach (var size in sizes)
        {
            var book = SalesBook.Seed(size);
            var win = book.MeasureWin();
            var calls = book.Org.ServiceCalls;
            Console.WriteLine(Invariant($"{size:N0} opportunities per rep: engine win {win.Calls} calls, {win.RowsRead} rows read"));
            foreach (var ((plugin, message), count) in calls.ByPluginAndMessage.OrderBy(c => c.Key.PluginType, StringComparer.Ordinal).ThenBy(c => c.Key.Message, StringComparer.Ordinal))
            {
                Console.WriteLine(Invariant($"  {ShortName(plugin)} {message} ×{count}"));
            }

            foreach (var (plugin, rows) in calls.RowsReturnedByPlugin.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(Invariant($"  {ShortName(plugin)} rows read {rows}"));
            }

            var naive = NaiveRecompute.Run(book.Org.Service, book.Rep, SalesBook.EventPeriods);
            Console.WriteLine(Invariant($"  naive recompute: {naive.Cost.Calls} calls, {naive.Cost.RowsRead:N0} rows read"));
        }

        var late = CommissionBook.Seed(1_000).MeasureBackDatedWin();
        Console.WriteLine(Invariant($"late events: one back-dated win on a 1,000-line statement {late.Calls} calls, {late.RowsRead} rows read"));
        var outOfOrder = CommissionBook.MeasureOutOfOrderWins(2_000);
        Console.WriteLine(Invariant($"late events: 2,000 wins latest first {outOfOrder.Calls:N0} calls ({outOfOrder.Calls / 2_000m:0.##} a win), {outOfOrder.RowsRead:N0} rows read"));
    }

    private static string ShortName(string pluginType) => pluginType[(pluginType.LastIndexOf('.') + 1)..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
