using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Reads the target, its period and the candidate child periods (three reads), plans the split with the domain
/// (<see cref="TargetDecomposition.Plan"/>), then writes the children and has the engine recompute them and reconcile
/// the target once, at the end.
/// </summary>
internal static class TargetDecomposer
{
    public static int Decompose(LocalPluginContext context, Guid targetId, int periodTypeValue, string? weightsText)
    {
        var target = TargetRecord.Read(context.SystemService, targetId);
        if (!target.IsActive)
        {
            throw context.BusinessError(PlanningMessages.TargetInactive, target.Name);
        }

        if (!Enum.IsDefined(typeof(PeriodType), periodTypeValue))
        {
            throw context.BusinessError(PlanningMessages.PeriodTypeUnknown, target.Name, periodTypeValue);
        }

        var weights = SeasonalWeights.Parse(weightsText);
        if (!weights.IsValid)
        {
            throw context.RuleError(target.Name, weights.Violations);
        }

        var periodRow = context.SystemService.Retrieve(PeriodColumns.EntityName, target.Period!.Id, PeriodRecord.Columns());
        var period = PeriodRecord.ToFiscalPeriod(periodRow)
            ?? throw new InvalidOperationException("Period " + target.Period.Id.ToString("D") + " has no code, type or dates.");
        var childType = (PeriodType)periodTypeValue;
        var candidates = CandidatePeriods(context.SystemService, period, childType);
        var plan = TargetDecomposition.Plan(
            target.TargetValue, period, childType, candidates.Values, weights.Value);
        if (!plan.IsValid)
        {
            throw context.RuleError(target.Name, plan.Violations);
        }

        var periodIds = candidates.ToDictionary(c => c.Value.Code, c => c.Key, StringComparer.OrdinalIgnoreCase);
        var existing = ExistingChildren(context.SystemService, target.Id, periodIds.Values);
        var created = 0;
        var children = new List<Guid>();
        using (ContextMarks.DeferRecompute(context.Context, target.Id))
        {
            foreach (var part in plan.Value)
            {
                var periodId = periodIds[part.Period.Code];
                if (existing.TryGetValue(periodId, out var child))
                {
                    UpdateValue(context, child, part.TargetValue);
                    children.Add(child.Id);
                    continue;
                }

                children.Add(context.UserService.Create(target.NewChild(
                    target.Name + " " + part.Period.Code,
                    target.Owner!,
                    new EntityReference(PeriodColumns.EntityName, periodId),
                    part.TargetValue)));
                created++;
            }
        }

        EngineRecompute.Targets(context, children, new[] { target.Id }, Array.Empty<Guid>());
        context.Trace("Decomposed into {0} {1} targets; {2} created.", plan.Value.Count, childType, created);
        return created;
    }

    private static void UpdateValue(LocalPluginContext context, Entity child, decimal value)
    {
        if (Numbers.Read(child, TargetColumns.TargetValue) == value)
        {
            return;
        }

        context.UserService.Update(new Entity(TargetColumns.EntityName, child.Id) { [TargetColumns.TargetValue] = value });
    }

    /// <summary>Stored periods of the child type within the parent's dates, by id.</summary>
    private static Dictionary<Guid, FiscalPeriod> CandidatePeriods(IOrganizationService service, FiscalPeriod parent, PeriodType childType)
    {
        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = PeriodRecord.Columns() };
        query.Criteria.AddCondition(PeriodColumns.PeriodType, ConditionOperator.Equal, (int)childType);
        query.Criteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrAfter, parent.Start.ToDateTime());
        query.Criteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrBefore, parent.End.ToDateTime());
        query.AddOrder(PeriodColumns.StartDate, OrderType.Ascending);
        var result = new Dictionary<Guid, FiscalPeriod>();
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            if (PeriodRecord.ToFiscalPeriod(row) is FiscalPeriod period)
            {
                result[row.Id] = period;
            }
        }

        return result;
    }

    /// <summary>Active children of the target in the given periods, by period id.</summary>
    private static Dictionary<Guid, Entity> ExistingChildren(IOrganizationService service, Guid targetId, IEnumerable<Guid> periodIds)
    {
        var ids = periodIds.Cast<object>().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<Guid, Entity>();
        }

        var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = new ColumnSet(TargetColumns.PeriodId, TargetColumns.TargetValue) };
        query.Criteria.AddCondition(TargetColumns.ParentTargetId, ConditionOperator.Equal, targetId);
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        query.Criteria.AddCondition(TargetColumns.PeriodId, ConditionOperator.In, ids);
        return service.RetrieveMultiple(query).Entities
            .Where(row => row.GetAttributeValue<EntityReference>(TargetColumns.PeriodId) is not null)
            .GroupBy(row => row.GetAttributeValue<EntityReference>(TargetColumns.PeriodId).Id)
            .ToDictionary(group => group.Key, group => group.First());
    }
}
