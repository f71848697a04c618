using System;

namespace SalesPerf.Demo;

/// <summary>
/// What one kind of operation cost over a run: how many were sent, the organisation-service calls its plug-ins made,
/// the rows those calls returned, the rows the local organisation's query engine examined, and the wall time.
/// </summary>
public sealed record OperationCost(string Operation, int Count, long Calls, long RowsRead, long RowsExamined, TimeSpan Elapsed)
{
    public double CallsPerOperation => Count == 0 ? 0 : (double)Calls / Count;

    public double RowsReadPerOperation => Count == 0 ? 0 : (double)RowsRead / Count;

    public double RowsExaminedPerOperation => Count == 0 ? 0 : (double)RowsExamined / Count;

    public double MillisecondsPerOperation => Count == 0 ? 0 : Elapsed.TotalMilliseconds / Count;

    public OperationCost Add(long calls, long rowsRead, long rowsExamined, TimeSpan elapsed) =>
        this with { Count = Count + 1, Calls = Calls + calls, RowsRead = RowsRead + rowsRead, RowsExamined = RowsExamined + rowsExamined, Elapsed = Elapsed + elapsed };
}
