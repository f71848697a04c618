namespace SalesPerf.Plugins.Schema;

/// <summary>
/// The <c>spm_kpi</c> columns the attainment engine reads besides those in <see cref="KpiColumns"/>
/// (to be merged into <see cref="KpiColumns"/> once that file is open for edits).
/// </summary>
public static class KpiDefinitionColumns
{
    public const string Code = "spm_code";
    public const string Direction = "spm_direction";
    public const string Unit = "spm_unit";
    public const string FilterXml = "spm_filterxml";
}
