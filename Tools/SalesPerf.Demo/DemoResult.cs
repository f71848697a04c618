using System;
using System.Collections.Generic;

namespace SalesPerf.Demo;

/// <summary>What one demo run wrote and cost.</summary>
public sealed record DemoResult
{
    public required string ReportPath { get; init; }

    /// <summary>Every file written (report first, then the solution zips when packed).</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Operations executed (including those that faulted).</summary>
    public required int Operations { get; init; }

    /// <summary>Operations the organisation rejected, with their messages (first ones).</summary>
    public required int Faults { get; init; }

    public required IReadOnlyList<string> FaultMessages { get; init; }

    /// <summary>Rows per table at the end of the run.</summary>
    public required IReadOnlyDictionary<string, int> RowCounts { get; init; }

    /// <summary>Organisation-service calls made by plug-ins, in total and per plug-in type.</summary>
    public required int PluginServiceCalls { get; init; }

    public required IReadOnlyDictionary<string, int> PluginServiceCallsByType { get; init; }

    /// <summary>Rows returned to plug-ins by their calls.</summary>
    public long PluginRowsRead { get; init; }

    /// <summary>Rows the local organisation's query engine examined to answer every query of the run (plug-ins' and the report's).</summary>
    public long RowsExamined { get; init; }

    /// <summary>Whole-table reads of the run's queries per table, and the rows they read (the local organisation's cost).</summary>
    public IReadOnlyDictionary<string, long> TableScans { get; init; } = new Dictionary<string, long>();

    public IReadOnlyDictionary<string, long> ScannedRows { get; init; } = new Dictionary<string, long>();

    /// <summary>Calls, rows and time per kind of operation (request and table), most calls first.</summary>
    public IReadOnlyList<OperationCost> CostByOperation { get; init; } = [];

    /// <summary>The plug-ins' service calls of each slice of the closing recalculation (<c>spm_Recalculate</c>), in order.</summary>
    public IReadOnlyList<int> RecalculationSliceCalls { get; init; } = [];

    /// <summary>Why packing was skipped or failed, when it was.</summary>
    public string? PackNote { get; init; }

    public required TimeSpan Elapsed { get; init; }
}
