namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and choice values of <c>spm_kpi</c> (domain doc sections 2 and 3).</summary>
public static class KpiColumns
{
    public const string EntityName = "spm_kpi";
    public const string Id = "spm_kpiid";
    public const string Name = "spm_name";
    public const string Measure = "spm_measure";

    /// <summary><c>spm_measure</c> Manual: the actual is entered by a manager; only then is a target's actual writable.</summary>
    public const int MeasureManual = 100000013;
}
