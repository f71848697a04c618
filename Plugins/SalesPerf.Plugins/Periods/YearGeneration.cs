using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>
/// Creates the 2 halves, 4 quarters and 12 months of a new year (domain <see cref="FiscalCalendar.Generate"/>), each
/// linked to its parent: month → quarter → half → year. Periods whose code already exists are kept and reused as
/// parents, so creating a year after some of its quarters were entered by hand fills only the gaps.
/// </summary>
internal static class YearGeneration
{
    public static void Generate(LocalPluginContext context, Entity year)
    {
        var start = PeriodRecord.Date(year, PeriodColumns.StartDate);
        var fiscalYear = year.GetAttributeValue<int?>(PeriodColumns.FiscalYear);
        if (start is null || fiscalYear is null)
        {
            context.Trace("The year has no start date or fiscal year; no periods generated.");
            return;
        }

        // The completion step has aligned the year with the organisation's calendar, so its start month is that calendar's.
        var periods = FiscalCalendar.Create(start.Value.Month).Value.Generate(fiscalYear.Value).Skip(1).ToList();
        var ids = ExistingIds(context.UserService, periods.Select(p => p.Code));
        var yearCode = year.GetAttributeValue<string>(PeriodColumns.Code) ?? "FY" + fiscalYear.Value.ToString(CultureInfo.InvariantCulture);
        ids[yearCode] = context.Context.PrimaryEntityId;

        var created = 0;
        foreach (var period in periods)
        {
            if (ids.ContainsKey(period.Code))
            {
                context.Trace("{0} exists; kept.", period.Code);
                continue;
            }

            var row = new Entity(PeriodColumns.EntityName)
            {
                [PeriodColumns.Name] = period.Name.English,
                [PeriodColumns.Code] = period.Code,
                [PeriodColumns.PeriodType] = new OptionSetValue((int)period.Type),
                [PeriodColumns.StartDate] = period.Start.ToDateTime(),
                [PeriodColumns.EndDate] = period.End.ToDateTime(),
                [PeriodColumns.FiscalYear] = period.FiscalYear,
            };
            if (period.ParentCode is not null && ids.TryGetValue(period.ParentCode, out var parentId))
            {
                row[PeriodColumns.ParentPeriodId] = new EntityReference(PeriodColumns.EntityName, parentId);
            }

            ids[period.Code] = context.UserService.Create(row);
            created++;
        }

        context.Trace("Generated {0} of the {1} periods of {2}.", created, periods.Count, yearCode);
    }

    private static Dictionary<string, Guid> ExistingIds(IOrganizationService service, IEnumerable<string> codes)
    {
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = new ColumnSet(PeriodColumns.Code) };
        query.Criteria.AddCondition(PeriodColumns.Code, ConditionOperator.In, codes.Cast<object>().ToArray());
        return service.RetrieveMultiple(query).Entities
            .Where(row => row.GetAttributeValue<string>(PeriodColumns.Code) is not null)
            .GroupBy(row => row.GetAttributeValue<string>(PeriodColumns.Code), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First().Id, StringComparer.OrdinalIgnoreCase);
    }
}
