namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_period</c> (domain doc section 2).</summary>
public static class PeriodColumns
{
    public const string EntityName = "spm_period";
    public const string Id = "spm_periodid";
    public const string Name = "spm_name";
    public const string Code = "spm_code";
    public const string PeriodType = "spm_periodtype";
    public const string StartDate = "spm_startdate";
    public const string EndDate = "spm_enddate";
    public const string ParentPeriodId = "spm_parentperiodid";
    public const string FiscalYear = "spm_fiscalyear";
}
