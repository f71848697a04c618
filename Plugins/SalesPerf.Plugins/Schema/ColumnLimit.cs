namespace SalesPerf.Plugins.Schema;

/// <summary>The range a numeric column accepts, as the solution source declares it.</summary>
public sealed record ColumnLimit(string Table, string Column, decimal Min, decimal Max);
