using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using SalesPerf.Benchmarks;

// ./bench.sh [--quick] [BenchmarkDotNet options]: every benchmark unless --filter is given; --quick runs 10 and 1,000
// opportunities per rep with fewer iterations. Results: artifacts/benchmarks/results (docs/benchmarks.md).
// ./bench.sh --counts [SIZE...]: calls and rows read only, without timing.
// ./bench.sh --scale [REPS...]: the demo year at 10, 100 and 1,000 reps, the real-org estimate and the lock hold.
if (args.Length > 0 && args[0] == "--counts")
{
    CountsReport.Print(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)) : BookSizes.Selected());
    return;
}

if (args.Length > 0 && args[0] == "--scale")
{
    // --scale [--months N] [--opportunities N] [REPS...]
    var options = new SalesPerf.Demo.DemoOptions();
    var sizes = new System.Collections.Generic.List<int>();
    for (var i = 1; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--months":
                options = options with { BusinessMonths = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                break;
            case "--opportunities":
                options = options with { OpportunitiesPerRep = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                break;
            default:
                sizes.Add(int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    ScaleReport.Print(sizes.Count > 0 ? sizes : ScaleReport.DefaultReps, options);
    return;
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToList();
if (quick)
{
    Environment.SetEnvironmentVariable(BookSizes.Variable, "10,1000");
    Environment.SetEnvironmentVariable(BenchmarkConfig.QuickVariable, "1");
}

if (!rest.Contains("--artifacts"))
{
    rest.AddRange(["--artifacts", Path.Combine("artifacts", "benchmarks")]);
}

var artifacts = rest[rest.IndexOf("--artifacts") + 1];
Environment.SetEnvironmentVariable(CostRecords.Variable, Path.GetFullPath(Path.Combine(artifacts, "costs")));
if (!rest.Contains("--filter"))
{
    rest.AddRange(["--filter", "*"]);
}

if (!rest.Contains("--join"))
{
    rest.Add("--join");
}

BenchmarkSwitcher.FromAssembly(typeof(OpportunityWinBenchmarks).Assembly).Run([.. rest]);
