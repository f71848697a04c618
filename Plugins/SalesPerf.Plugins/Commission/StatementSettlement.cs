using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// SPM-STM-008 for a statement leaving Open: its period (one Retrieve, SYSTEM, read only for such a move) must have
/// ended before the operation's day (<see cref="ExecutionClock.UtcToday"/>), compared as calendar dates like every period date.
/// </summary>
internal static class StatementSettlement
{
    public static IReadOnlyList<RuleViolation> Check(LocalPluginContext context, Entity before, StatementStatus from, StatementStatus to)
    {
        var periodId = before.GetAttributeValue<EntityReference>(CommissionStatementColumns.PeriodId)?.Id;
        if (!StatementWorkflow.IsRecomputable(from) || StatementWorkflow.IsRecomputable(to) || !periodId.HasValue)
        {
            return Array.Empty<RuleViolation>();
        }

        var period = context.SystemService.Retrieve(PeriodColumns.EntityName, periodId.Value, new ColumnSet(PeriodColumns.Name, PeriodColumns.EndDate));
        var end = PlanMapping.Date(period, PeriodColumns.EndDate);
        return end.HasValue
            ? StatementWorkflow.CheckSettle(from, to, period.GetAttributeValue<string>(PeriodColumns.Name) ?? "-", end.Value, CalendarDate.FromDateTime(context.Clock.UtcToday))
            : Array.Empty<RuleViolation>();
    }
}
