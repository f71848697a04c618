using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// One <c>spm_kpi</c>: the domain KPI (measure, direction, unit), its optional source filter, for FunnelStageConversion
/// its sales stage, for CustomerSatisfaction the table its scores come from and, for the visit measures, whether completed
/// phone calls count as visits.
/// </summary>
public sealed record KpiRow(Guid Id, Kpi Kpi, KpiFilter Filter, int? SalesStage = null, SurveySource? Survey = null, bool VisitsIncludePhoneCalls = false)
{
    public Measure Measure => Kpi.Measure;

    /// <summary>True when this KPI counts completed phone calls as visits (a visit measure whose KPI says so).</summary>
    public bool CountsPhoneCalls => VisitsIncludePhoneCalls && Measure is Measure.CompletedVisits or Measure.VisitSuccessRate;

    /// <summary>CustomerSatisfaction's source (SalesPerf's survey responses unless the KPI names another table).</summary>
    public SurveySource SurveySource => Survey ?? SurveySource.Own;

    /// <summary>
    /// What the KPI's source aggregates depend on besides the measure: the filter, and for CustomerSatisfaction reading
    /// another table that table and its columns. KPIs with the same key share their aggregates.
    /// </summary>
    public string FactsKey => Measure == Measure.CustomerSatisfaction && !SurveySource.IsOwn
        ? Filter.Text + "\n" + SurveySource.Key
        : Filter.Text;
}
