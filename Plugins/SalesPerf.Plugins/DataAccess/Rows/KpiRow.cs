using System;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>One <c>spm_kpi</c>: the domain KPI (measure, direction, unit) and its optional source filter.</summary>
public sealed record KpiRow(Guid Id, Kpi Kpi, KpiFilter Filter)
{
    public Measure Measure => Kpi.Measure;
}
