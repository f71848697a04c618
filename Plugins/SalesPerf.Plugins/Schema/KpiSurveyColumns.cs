namespace SalesPerf.Plugins.Schema;

/// <summary>
/// The <c>spm_kpi</c> columns of CustomerSatisfaction's source: an admin-chosen table and its score, date and customer
/// columns (logical names). An empty table means SalesPerf's own <c>spm_surveyresponse</c>.
/// </summary>
public static class KpiSurveyColumns
{
    public const string Table = "spm_surveytable";
    public const string ScoreColumn = "spm_surveyscorecolumn";
    public const string DateColumn = "spm_surveydatecolumn";
    public const string CustomerColumn = "spm_surveycustomercolumn";

    public static string[] All { get; } = [Table, ScoreColumn, DateColumn, CustomerColumn];
}
