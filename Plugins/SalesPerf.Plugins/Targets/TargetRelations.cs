using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>
/// The rules a target keeps with other rows: one active target per owner, KPI and period (SPM-TGT-036); a scorecard of
/// the same owner and period (SPM-TGT-037); parents that form no loop (SPM-TGT-038). Each costs a query only when the
/// write sets what it checks.
/// </summary>
internal static class TargetRelations
{
    /// <summary>Deeper chains than this are refused as loops too: the engine rolls up at most this many levels.</summary>
    private const int MaxParentLevels = 20;

    public static void Check(LocalPluginContext context, TargetWrite write, EntityReference? owner)
    {
        var service = context.SystemService;
        if ((write.IsCreate || write.Writes(TargetColumns.KpiId) || write.Writes(TargetColumns.PeriodId) || write.Writes(TargetStates.OwnerId))
            && owner is not null && write.KpiId is not null && write.PeriodId is not null)
        {
            var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = new ColumnSet(TargetColumns.Name), TopCount = 2 };
            query.Criteria.AddCondition(TargetStates.OwnerId, ConditionOperator.Equal, owner.Id);
            query.Criteria.AddCondition(TargetColumns.KpiId, ConditionOperator.Equal, write.KpiId.Id);
            query.Criteria.AddCondition(TargetColumns.PeriodId, ConditionOperator.Equal, write.PeriodId.Id);
            query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
            var other = service.RetrieveMultiple(query).Entities.FirstOrDefault(row => row.Id != write.Id);
            if (other is not null)
            {
                throw context.BusinessError(PlanningMessages.TargetDuplicate, write.DisplayName, other.GetAttributeValue<string>(TargetColumns.Name) ?? "-");
            }
        }

        var scorecard = write.Reference(TargetColumns.ScorecardId);
        if ((write.IsCreate || write.Writes(TargetColumns.ScorecardId) || write.Writes(TargetColumns.PeriodId) || write.Writes(TargetStates.OwnerId))
            && scorecard is not null)
        {
            var card = service.Retrieve(ScorecardColumns.EntityName, scorecard.Id, new ColumnSet(ScorecardColumns.Name, ScorecardColumns.OwnerId, ScorecardColumns.PeriodId));
            if (card.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId)?.Id != owner?.Id
                || card.GetAttributeValue<EntityReference>(ScorecardColumns.PeriodId)?.Id != write.PeriodId?.Id)
            {
                throw context.BusinessError(PlanningMessages.TargetScorecardMismatch, write.DisplayName, card.GetAttributeValue<string>(ScorecardColumns.Name) ?? "-");
            }
        }

        var parent = write.Reference(TargetColumns.ParentTargetId);
        if (!write.IsCreate && write.Writes(TargetColumns.ParentTargetId) && parent is not null)
        {
            RejectLoop(context, write, parent);
        }
    }

    private static void RejectLoop(LocalPluginContext context, TargetWrite write, EntityReference parent)
    {
        var seen = new HashSet<Guid>();
        var current = parent.Id;
        for (var level = 0; level <= MaxParentLevels; level++)
        {
            if (current == write.Id || !seen.Add(current) || level == MaxParentLevels)
            {
                var name = context.SystemService.Retrieve(TargetColumns.EntityName, parent.Id, new ColumnSet(TargetColumns.Name))
                    .GetAttributeValue<string>(TargetColumns.Name) ?? "-";
                throw context.BusinessError(PlanningMessages.TargetParentLoop, write.DisplayName, name);
            }

            var row = context.SystemService.Retrieve(TargetColumns.EntityName, current, new ColumnSet(TargetColumns.ParentTargetId));
            var next = row.GetAttributeValue<EntityReference>(TargetColumns.ParentTargetId);
            if (next is null)
            {
                return;
            }

            current = next.Id;
        }
    }
}
