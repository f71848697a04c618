namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_kpiset</c>: a role template of KPIs with weights, caps and thresholds.</summary>
public static class KpiSetColumns
{
    public const string EntityName = "spm_kpiset";
    public const string Id = "spm_kpisetid";
    public const string Name = "spm_name";
}
