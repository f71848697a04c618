namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_honourrule</c>: honours configured as data.</summary>
public static class HonourRuleColumns
{
    public const string EntityName = "spm_honourrule";
    public const string Id = "spm_honourruleid";
    public const string Name = "spm_name";
    public const string Kind = "spm_kind";
    public const string PeriodType = "spm_periodtype";
    public const string KpiId = "spm_kpiid";
    public const string ThresholdPercent = "spm_thresholdpercent";
    public const string TopN = "spm_topn";
    public const string LastGrantedOn = "spm_lastgrantedon";
    public const string StateCode = "statecode";
}
