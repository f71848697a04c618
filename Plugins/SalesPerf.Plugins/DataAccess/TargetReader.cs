using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Reads active targets with their KPI and period in one call per selection (<see cref="TargetFetch"/>).</summary>
public sealed class TargetReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<TargetRow> ForOwnersOn(IReadOnlyCollection<Guid> ownerIds, IReadOnlyCollection<CalendarDate> dates) =>
        ownerIds.Count == 0 || dates.Count == 0 ? Array.Empty<TargetRow>() : Run(TargetFetch.ForOwnersOn(ownerIds, dates));

    public IReadOnlyList<TargetRow> ForIds(IReadOnlyCollection<Guid> targetIds) =>
        targetIds.Count == 0 ? Array.Empty<TargetRow>() : Run(TargetFetch.ForIds(targetIds));

    /// <summary>Maps one row of <see cref="TargetFetch"/> to a <see cref="TargetRow"/>.</summary>
    public static TargetRow Map(Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var owner = row.GetAttributeValue<EntityReference>(TargetStates.OwnerId);
        var kpiName = Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiColumns.Name)) ?? "KPI";
        var measure = (Measure)(Aliased.Int(row, Linked(TargetFetch.KpiAlias, KpiColumns.Measure)) ?? (int)Measure.Manual);
        var direction = Aliased.Int(row, Linked(TargetFetch.KpiAlias, KpiDefinitionColumns.Direction));
        var unit = Aliased.Int(row, Linked(TargetFetch.KpiAlias, KpiDefinitionColumns.Unit));
        var kpi = Kpi.Create(BilingualText.Of(kpiName, string.Empty), measure, (KpiDirection?)direction, (KpiUnit?)unit);
        var filter = KpiFilter.Parse(Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiDefinitionColumns.FilterXml)));
        var start = Aliased.Date(row, Linked(TargetFetch.PeriodAlias, PeriodColumns.StartDate));
        var end = Aliased.Date(row, Linked(TargetFetch.PeriodAlias, PeriodColumns.EndDate));
        if (start is null || end is null)
        {
            throw new InvalidOperationException("Period of target " + row.Id.ToString("D") + " has no start or end date.");
        }

        var period = new PeriodRow(
            row.GetAttributeValue<EntityReference>(TargetColumns.PeriodId)?.Id ?? Guid.Empty,
            Aliased.Text(row, Linked(TargetFetch.PeriodAlias, PeriodColumns.Code)) ?? string.Empty,
            (PeriodType)(Aliased.Int(row, Linked(TargetFetch.PeriodAlias, PeriodColumns.PeriodType)) ?? (int)PeriodType.Month),
            DateRange.Of(CalendarDate.FromDateTime(start.Value), CalendarDate.FromDateTime(end.Value)));
        var parent = row.GetAttributeValue<EntityReference>(TargetColumns.ParentTargetId);
        return new TargetRow
        {
            Id = row.Id,
            Name = row.GetAttributeValue<string>(TargetColumns.Name) ?? row.Id.ToString("D"),
            OwnerId = owner?.Id ?? Guid.Empty,
            OwnerType = owner?.LogicalName ?? string.Empty,
            Kpi = new KpiRow(
                row.GetAttributeValue<EntityReference>(TargetColumns.KpiId)?.Id ?? Guid.Empty, kpi, filter,
                Aliased.Int(row, Linked(TargetFetch.KpiAlias, KpiStageColumns.SalesStage)),
                SurveySource.Of(
                    Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiSurveyColumns.Table)),
                    Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiSurveyColumns.ScoreColumn)),
                    Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiSurveyColumns.DateColumn)),
                    Aliased.Text(row, Linked(TargetFetch.KpiAlias, KpiSurveyColumns.CustomerColumn))),
                Aliased.Flag(row, Linked(TargetFetch.KpiAlias, KpiStageColumns.VisitsIncludePhoneCalls)) ?? false),
            Period = period,
            ParentId = parent?.Id,
            ParentRollupSource = parent is null ? null : Aliased.Int(row, Linked(TargetFetch.ParentAlias, TargetColumns.RollupSource)),
            ScorecardId = row.GetAttributeValue<EntityReference>(TargetColumns.ScorecardId)?.Id,
            RollsUpChildren = row.GetAttributeValue<OptionSetValue>(TargetColumns.RollupSource)?.Value == TargetStates.RollupChildTargets,
            TargetValue = Number(row, TargetColumns.TargetValue) ?? 0m,
            StretchValue = Number(row, TargetColumns.StretchValue),
            ThresholdPercent = Number(row, TargetColumns.ThresholdPercent) ?? 0m,
            ScoreCap = Number(row, TargetColumns.ScoreCap) ?? 150m,
            Weight = Number(row, TargetColumns.Weight) ?? 0m,
            Stored = new TargetFigures
            {
                ActualValue = Number(row, TargetColumns.ActualValue),
                Numerator = Number(row, TargetColumns.Numerator),
                Denominator = Number(row, TargetColumns.Denominator),
                InProgressValue = Number(row, TargetColumns.InProgressValue),
                AttainmentPercent = Number(row, TargetColumns.AttainmentPercent),
                ScorePercent = Number(row, TargetColumns.ScorePercent),
                ExpectedToDateValue = Number(row, TargetColumns.ExpectedToDateValue),
                CalculationTrace = row.GetAttributeValue<string>(TargetColumns.CalculationTrace),
                AllocatedValue = Number(row, TargetColumns.AllocatedValue),
                AllocationVariance = Number(row, TargetColumns.AllocationVariance),
                RecalculationNeeded = row.GetAttributeValue<bool?>(TargetColumns.RecalculationNeeded) == true,
                PaceStatus = row.GetAttributeValue<OptionSetValue>(TargetColumns.PaceStatus)?.Value,
                ProjectedValue = Number(row, TargetColumns.ProjectedValue),
                ProjectedAttainmentPercent = Number(row, TargetColumns.ProjectedAttainmentPercent),
            },
        };
    }

    private static string Linked(string alias, string column) => alias + "." + column;

    private static decimal? Number(Entity row, string column) => Aliased.Number(row, column);

    private IReadOnlyList<TargetRow> Run(string fetchXml)
    {
        var rows = new List<TargetRow>();
        var page = 1;
        string? cookie = null;
        while (true)
        {
            var paged = Paging.WithPage(fetchXml, page, cookie);
            var result = service.RetrieveMultiple(new FetchExpression(paged));
            rows.AddRange(result.Entities.Select(Map));
            if (!result.MoreRecords)
            {
                return rows;
            }

            page++;
            cookie = result.PagingCookie;
        }
    }
}
