using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Benchmarks;

/// <summary>Opportunities per rep the benchmarks run at: 10, 1,000 and 100,000, or the sizes bench.sh passes (quick mode).</summary>
public static class BookSizes
{
    public const string Variable = "SALESPERF_BENCH_SIZES";

    public static IEnumerable<int> Selected()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(configured)
            ? [10, 1_000, 100_000]
            : configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture));
    }
}
