namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_kpisetitem</c>: one KPI of a KPI set.</summary>
public static class KpiSetItemColumns
{
    public const string EntityName = "spm_kpisetitem";
    public const string Id = "spm_kpisetitemid";
    public const string Name = "spm_name";
    public const string KpiSetId = "spm_kpisetid";
    public const string KpiId = "spm_kpiid";
    public const string Weight = "spm_weight";
    public const string ScoreCap = "spm_scorecap";
    public const string ThresholdPercent = "spm_thresholdpercent";
    public const string StateCode = "statecode";
}
