using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>
/// Reads the set, its items, the period, the owner and what the owner already has for the period (six reads), then
/// creates or re-links the scorecard and one target per item, and has the engine recompute them once at the end.
/// </summary>
internal static class KpiSetApplication
{
    public static EntityReference Apply(LocalPluginContext context, EntityReference owner, EntityReference period, EntityReference kpiSet)
    {
        var service = context.SystemService;
        var setName = service.Retrieve(KpiSetColumns.EntityName, kpiSet.Id, new ColumnSet(KpiSetColumns.Name))
            .GetAttributeValue<string>(KpiSetColumns.Name) ?? kpiSet.Id.ToString("D");
        var ownerName = OwnerName(service, owner) ?? throw context.BusinessError(PlanningMessages.ScorecardOwnerInvalid, setName, owner.LogicalName ?? "-");
        var items = Items(service, kpiSet.Id);
        if (items.Count == 0)
        {
            throw context.BusinessError(PlanningMessages.KpiSetEmpty, setName);
        }

        var periodRow = service.Retrieve(PeriodColumns.EntityName, period.Id, new ColumnSet(PeriodColumns.Code, PeriodColumns.Name));
        var periodCode = periodRow.GetAttributeValue<string>(PeriodColumns.Code) ?? periodRow.GetAttributeValue<string>(PeriodColumns.Name) ?? "";
        var scorecard = ScorecardFor(context, owner, period, kpiSet, ownerName + " " + periodCode);
        var existing = ExistingTargets(service, owner.Id, period.Id, items.Select(item => item.Kpi.Id));
        var touched = new List<Guid>();
        using (ContextMarks.DeferRecompute(context.Context, scorecard.Id))
        {
            foreach (var item in items)
            {
                if (existing.TryGetValue(item.Kpi.Id, out var target))
                {
                    var changes = item.ChangesTo(target, scorecard);
                    if (changes.Attributes.Count > 0)
                    {
                        context.UserService.Update(changes);
                    }

                    touched.Add(target.Id);
                    continue;
                }

                touched.Add(context.UserService.Create(item.NewTarget(owner, period, scorecard, ownerName + " " + item.Name + " " + periodCode)));
            }
        }

        EngineRecompute.Targets(context, touched, Array.Empty<Guid>(), new[] { scorecard.Id });
        context.Trace("KPI set applied: {0} items, {1} targets created.", items.Count, items.Count - existing.Count);
        return scorecard;
    }

    private static string? OwnerName(IOrganizationService service, EntityReference owner)
    {
        var column = owner.LogicalName switch
        {
            OwnerColumns.UserEntityName => OwnerColumns.UserFullName,
            OwnerColumns.TeamEntityName => OwnerColumns.TeamName,
            _ => null,
        };
        return column is null ? null : service.Retrieve(owner.LogicalName, owner.Id, new ColumnSet(column)).GetAttributeValue<string>(column) ?? owner.Id.ToString("D");
    }

    private static List<KpiSetItem> Items(IOrganizationService service, Guid kpiSetId)
    {
        var query = new QueryExpression(KpiSetItemColumns.EntityName) { ColumnSet = KpiSetItem.Columns() };
        query.Criteria.AddCondition(KpiSetItemColumns.KpiSetId, ConditionOperator.Equal, kpiSetId);
        query.Criteria.AddCondition(KpiSetItemColumns.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(KpiSetItemColumns.Name, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(KpiSetItem.From).OfType<KpiSetItem>()
            .GroupBy(item => item.Kpi.Id).Select(group => group.First()).ToList();
    }

    private static EntityReference ScorecardFor(LocalPluginContext context, EntityReference owner, EntityReference period, EntityReference kpiSet, string name)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.KpiSetId), TopCount = 1 };
        query.Criteria.AddCondition(ScorecardColumns.OwnerId, ConditionOperator.Equal, owner.Id);
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, period.Id);
        query.Criteria.AddCondition(ScorecardColumns.StateCode, ConditionOperator.Equal, 0);
        var found = context.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (found is not null)
        {
            if (found.GetAttributeValue<EntityReference>(ScorecardColumns.KpiSetId)?.Id != kpiSet.Id)
            {
                context.UserService.Update(new Entity(ScorecardColumns.EntityName, found.Id) { [ScorecardColumns.KpiSetId] = kpiSet });
            }

            return new EntityReference(ScorecardColumns.EntityName, found.Id);
        }

        var id = context.UserService.Create(new Entity(ScorecardColumns.EntityName)
        {
            [ScorecardColumns.Name] = name.Length > 200 ? name.Substring(0, 200) : name,
            [ScorecardColumns.OwnerId] = owner,
            [ScorecardColumns.PeriodId] = period,
            [ScorecardColumns.KpiSetId] = kpiSet,
        });
        return new EntityReference(ScorecardColumns.EntityName, id);
    }

    /// <summary>The owner's active targets of the period for the given KPIs, by KPI id.</summary>
    private static Dictionary<Guid, Entity> ExistingTargets(IOrganizationService service, Guid ownerId, Guid periodId, IEnumerable<Guid> kpiIds)
    {
        var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = KpiSetItem.TargetColumnsRead() };
        query.Criteria.AddCondition(TargetStates.OwnerId, ConditionOperator.Equal, ownerId);
        query.Criteria.AddCondition(TargetColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        query.Criteria.AddCondition(TargetColumns.KpiId, ConditionOperator.In, kpiIds.Cast<object>().ToArray());
        query.AddOrder(TargetColumns.Id, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities
            .Where(row => row.GetAttributeValue<EntityReference>(TargetColumns.KpiId) is not null)
            .GroupBy(row => row.GetAttributeValue<EntityReference>(TargetColumns.KpiId).Id)
            .ToDictionary(group => group.Key, group => group.First());
    }
}
