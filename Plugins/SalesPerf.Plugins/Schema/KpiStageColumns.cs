namespace SalesPerf.Plugins.Schema;

/// <summary>The <c>spm_kpi</c> column of the process measures: the sales stage a FunnelStageConversion KPI measures.</summary>
public static class KpiStageColumns
{
    /// <summary>A value of <c>opportunity.salesstage</c> (<see cref="SalesPerf.Domain.Kpis.SalesStage"/>).</summary>
    public const string SalesStage = "spm_salesstage";

    /// <summary>CompletedVisits and VisitSuccessRate only: completed phone calls count as visits too (Boolean, default No).</summary>
    public const string VisitsIncludePhoneCalls = "spm_visitsincludephonecalls";
}
