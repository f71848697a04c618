using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>
/// Applies <see cref="PeriodRules.Validate"/> plus the unique code. The end-before-start rule needs no query; the rest
/// costs one query (periods of the same type that overlap, or that have the same code) and, with a parent, one
/// Retrieve. Every broken rule is reported in one message naming the period.
/// </summary>
internal static class PeriodValidation
{
    public static void Validate(LocalPluginContext context, PeriodCandidate period)
    {
        if (period.Type is null || period.Start is null || period.End is null)
        {
            context.Trace("Type or dates missing; the required-column check of the platform applies.");
            return;
        }

        var range = DateRange.Create(period.Start.Value, period.End.Value);
        if (!range.IsValid)
        {
            throw context.RuleError(period.DisplayName, range.Violations);
        }

        var others = Others(context.SystemService, period, range.Value);
        var violations = new List<RuleViolation>();
        var sameCode = others.FirstOrDefault(row =>
            period.Code.Length > 0 && string.Equals(row.GetAttributeValue<string>(PeriodColumns.Code), period.Code, StringComparison.OrdinalIgnoreCase));
        if (sameCode is not null)
        {
            violations.Add(RuleViolation.Of(MessageCodes.PeriodCodeNotUnique, period.Code));
        }

        var parent = period.Parent is null
            ? null
            : PeriodRecord.ToFiscalPeriod(context.SystemService.Retrieve(PeriodColumns.EntityName, period.Parent.Id, PeriodRecord.Columns()));
        var existing = others.Where(row => row != sameCode).Select(PeriodRecord.ToFiscalPeriod).OfType<FiscalPeriod>();
        violations.AddRange(PeriodRules.Validate(period.Code, period.Type.Value, period.Start.Value, period.End.Value, parent, existing));
        if (violations.Count > 0)
        {
            throw context.RuleError(period.DisplayName, violations);
        }

        context.Trace("Period {0} is valid.", period.Code);
    }

    /// <summary>Other periods of the same type overlapping the range, and any other period with the same code.</summary>
    private static IReadOnlyList<Entity> Others(IOrganizationService service, PeriodCandidate period, DateRange range)
    {
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = PeriodRecord.Columns() };
        query.Criteria.FilterOperator = LogicalOperator.Or;
        var overlapping = query.Criteria.AddFilter(LogicalOperator.And);
        overlapping.AddCondition(PeriodColumns.PeriodType, ConditionOperator.Equal, (int)period.Type!.Value);
        overlapping.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrBefore, range.End.ToDateTime());
        overlapping.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrAfter, range.Start.ToDateTime());
        if (period.Code.Length > 0)
        {
            query.Criteria.AddCondition(PeriodColumns.Code, ConditionOperator.Equal, period.Code);
        }

        return service.RetrieveMultiple(query).Entities.Where(row => row.Id != period.Id).ToList();
    }
}
