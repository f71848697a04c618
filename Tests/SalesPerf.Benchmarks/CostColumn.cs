using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using SalesPerf.Benchmarks.Harness;

namespace SalesPerf.Benchmarks;

/// <summary>A summary column with a case's organisation-service calls or rows read (counted, not timed).</summary>
public sealed class CostColumn : IColumn
{
    private readonly Func<EventCost, int> _value;

    private CostColumn(string name, string legend, Func<EventCost, int> value)
    {
        ColumnName = name;
        Legend = legend;
        _value = value;
    }

    public static CostColumn Calls { get; } = new("Calls", "Organisation-service calls: the plug-ins' on one win (on all wins of an out-of-order run), the naive recompute's pages", c => c.Calls);

    public static CostColumn RowsRead { get; } = new("Rows read", "Rows returned to the caller (aggregate result rows for aggregates)", c => c.RowsRead);

    public string Id => nameof(CostColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        // Every benchmark has one size parameter (opportunities per rep, statement lines, wins).
        var size = Convert.ToInt32(benchmarkCase.Parameters.Items[0].Value, CultureInfo.InvariantCulture);
        var cost = CostRecords.Read(benchmarkCase.Descriptor.WorkloadMethod.Name, size);
        return cost is null ? "?" : _value(cost).ToString("N0", CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
