using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>
/// One <c>spm_kpi</c>: the domain KPI (measure, direction, unit), its optional source filter, for FunnelStageConversion
/// its sales stage and, for the visit measures, whether completed phone calls count as visits.
/// </summary>
public sealed record KpiRow(Guid Id, Kpi Kpi, KpiFilter Filter, int? SalesStage = null, bool VisitsIncludePhoneCalls = false)
{
    public Measure Measure => Kpi.Measure;

    /// <summary>True when this KPI counts completed phone calls as visits (a visit measure whose KPI says so).</summary>
    public bool CountsPhoneCalls => VisitsIncludePhoneCalls && Measure is Measure.CompletedVisits or Measure.VisitSuccessRate;
}
