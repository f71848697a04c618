namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>One condition of a KPI filter: its column and its FetchXML operator.</summary>
public sealed record KpiFilterCondition(string Column, string Operator);
