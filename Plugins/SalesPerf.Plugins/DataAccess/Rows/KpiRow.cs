using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// One <c>spm_kpi</c>: the domain KPI (measure, direction, unit), its optional source filter, for FunnelStageConversion
/// its sales stage and for CustomerSatisfaction the table its scores come from.
/// </summary>
public sealed record KpiRow(Guid Id, Kpi Kpi, KpiFilter Filter, int? SalesStage = null, SurveySource? Survey = null)
{
    public Measure Measure => Kpi.Measure;

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
