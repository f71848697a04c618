using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// The one query for targets: active <c>spm_target</c> rows with their KPI (inner link <c>k</c>), period (inner link
/// <c>p</c>) and the parent's roll-up source (outer link <c>pt</c>), every column named. Callers choose the rows:
/// by owners and dates (the periods containing any of the dates), by ids, or a period's page (bulk recalculation).
/// </summary>
public static class TargetFetch
{
    public const string KpiAlias = "k";
    public const string PeriodAlias = "p";
    public const string ParentAlias = "pt";

    public static IReadOnlyList<string> TargetAttributes { get; } = Array.AsReadOnly(new[]
    {
        TargetColumns.Id, TargetColumns.Name, TargetStates.OwnerId, TargetColumns.KpiId, TargetColumns.PeriodId,
        TargetColumns.ParentTargetId, TargetColumns.ScorecardId, TargetColumns.TargetValue, TargetColumns.StretchValue,
        TargetColumns.ThresholdPercent, TargetColumns.Weight, TargetColumns.ScoreCap, TargetColumns.RollupSource,
        TargetColumns.ActualValue, TargetColumns.Numerator, TargetColumns.Denominator, TargetColumns.InProgressValue,
        TargetColumns.AttainmentPercent, TargetColumns.ScorePercent, TargetColumns.ExpectedToDateValue,
        TargetColumns.AllocatedValue, TargetColumns.AllocationVariance, TargetColumns.CalculationTrace,
        TargetColumns.RecalculationNeeded,
        TargetColumns.PaceStatus, TargetColumns.ProjectedValue, TargetColumns.ProjectedAttainmentPercent,
    });

    /// <summary>The owners' active targets whose period contains at least one of <paramref name="dates"/>.</summary>
    public static string ForOwnersOn(IEnumerable<Guid> ownerIds, IEnumerable<CalendarDate> dates)
    {
        var periodFilter = Or(dates.Distinct().OrderBy(d => d).Select(d => And(
            Condition(PeriodColumns.StartDate, "on-or-before", d),
            Condition(PeriodColumns.EndDate, "on-or-after", d))));
        return Build(In(TargetStates.OwnerId, ownerIds.Distinct().Cast<object>()), periodFilter);
    }

    /// <summary>The active targets with these ids.</summary>
    public static string ForIds(IEnumerable<Guid> targetIds) =>
        Build(In(TargetColumns.Id, targetIds.Distinct().Cast<object>()), null);

    /// <summary>
    /// The active targets of one period (of one owner when given), ordered by owner and then id so that a page holds
    /// whole runs of an owner's targets and pages never overlap; page it with <see cref="Paging.Page"/>.
    /// </summary>
    public static string ForPeriod(Guid periodId, Guid? ownerId)
    {
        var selection = ownerId.HasValue
            ? And(Condition(TargetColumns.PeriodId, "eq", periodId), Condition(TargetStates.OwnerId, "eq", ownerId.Value))
            : Condition(TargetColumns.PeriodId, "eq", periodId);
        return Build(selection, null, Order(TargetStates.OwnerId), Order(TargetColumns.Id));
    }

    private static XElement Order(string attribute) => new("order", new XAttribute("attribute", attribute));

    private static string Build(XElement selection, XElement? periodFilter, params XElement[] orders)
    {
        var entity = Entity(
            TargetColumns.EntityName,
            TargetAttributes.Select(a => new XElement("attribute", new XAttribute("name", a))),
            orders,
            And(Condition(TargetStates.StateCode, "eq", TargetStates.Active), selection),
            Link(
                KpiColumns.EntityName, KpiColumns.Id, TargetColumns.KpiId, KpiAlias, "inner",
                Attribute(KpiColumns.Name),
                Attribute(KpiColumns.Measure),
                Attribute(KpiDefinitionColumns.Direction),
                Attribute(KpiDefinitionColumns.Unit),
                Attribute(KpiDefinitionColumns.FilterXml),
                Attribute(KpiStageColumns.SalesStage),
                Attribute(KpiSurveyColumns.Table),
                Attribute(KpiSurveyColumns.ScoreColumn),
                Attribute(KpiSurveyColumns.DateColumn),
                Attribute(KpiSurveyColumns.CustomerColumn),
                Attribute(KpiStageColumns.VisitsIncludePhoneCalls)),
            Link(
                PeriodColumns.EntityName, PeriodColumns.Id, TargetColumns.PeriodId, PeriodAlias, "inner",
                Attribute(PeriodColumns.Code),
                Attribute(PeriodColumns.PeriodType),
                Attribute(PeriodColumns.StartDate),
                Attribute(PeriodColumns.EndDate),
                periodFilter),
            Link(
                TargetColumns.EntityName, TargetColumns.Id, TargetColumns.ParentTargetId, ParentAlias, "outer",
                Attribute(TargetColumns.RollupSource)));
        return new XElement("fetch", new XAttribute("mapping", "logical"), entity).ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Attribute(string name) => new("attribute", new XAttribute("name", name));
}
