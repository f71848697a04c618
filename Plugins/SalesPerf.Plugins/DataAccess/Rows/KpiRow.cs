using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>One <c>spm_kpi</c>: the domain KPI (measure, direction, unit), its optional source filter and, for FunnelStageConversion, its sales stage.</summary>
public sealed record KpiRow(Guid Id, Kpi Kpi, KpiFilter Filter, int? SalesStage = null)
{
    public Measure Measure => Kpi.Measure;
}
