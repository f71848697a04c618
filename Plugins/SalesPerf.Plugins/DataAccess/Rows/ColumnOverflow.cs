namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>A computed value beyond its column's limit: what was computed and what is stored instead.</summary>
public sealed record ColumnOverflow(string Column, decimal Computed, decimal Stored);
