using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// Recomputes one objective from its active key results (<see cref="ObjectiveProgress"/>) and writes its progress,
/// key-result count, status and calculation time as the engine, only when the figures changed. Two reads (the
/// objective, its active key results) and at most one write (<see cref="OkrBudget.PerObjective"/>). An objective that
/// no longer exists (deleted with its key results) is left alone.
/// </summary>
internal static class ObjectiveRollup
{
    public static void Recompute(LocalPluginContext context, Guid objectiveId)
    {
        var service = context.SystemService;
        var objectiveQuery = new QueryExpression(ObjectiveColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ObjectiveColumns.ProgressPercent, ObjectiveColumns.KeyResultCount, ObjectiveColumns.KeyResultStatus),
            TopCount = 1,
        };
        objectiveQuery.Criteria.AddCondition(ObjectiveColumns.Id, ConditionOperator.Equal, objectiveId);
        var objective = service.RetrieveMultiple(objectiveQuery).Entities.FirstOrDefault();
        if (objective is null)
        {
            context.Trace("Objective {0} no longer exists; nothing to recompute.", objectiveId);
            return;
        }

        var keyResultQuery = new QueryExpression(KeyResultColumns.EntityName)
        {
            ColumnSet = new ColumnSet(KeyResultColumns.Weight, KeyResultColumns.ProgressPercent),
            TopCount = 50,
        };
        keyResultQuery.Criteria.AddCondition(KeyResultColumns.ObjectiveId, ConditionOperator.Equal, objectiveId);
        keyResultQuery.Criteria.AddCondition(KeyResultColumns.StateCode, ConditionOperator.Equal, 0);
        var keyResults = service.RetrieveMultiple(keyResultQuery).Entities
            .Select(k => new WeightedKeyResult(k.GetAttributeValue<decimal?>(KeyResultColumns.Weight) ?? 0m, k.GetAttributeValue<decimal?>(KeyResultColumns.ProgressPercent) ?? 0m))
            .ToList();
        var figures = ObjectiveProgress.Of(keyResults);

        if (objective.GetAttributeValue<decimal?>(ObjectiveColumns.ProgressPercent) == figures.ProgressPercent
            && objective.GetAttributeValue<int?>(ObjectiveColumns.KeyResultCount) == figures.KeyResultCount
            && objective.GetAttributeValue<OptionSetValue>(ObjectiveColumns.KeyResultStatus)?.Value == (int)figures.Status)
        {
            context.Trace("Objective {0} unchanged: {1} % from {2} key results.", objectiveId, figures.ProgressPercent, figures.KeyResultCount);
            return;
        }

        var update = new Entity(ObjectiveColumns.EntityName, objectiveId)
        {
            [ObjectiveColumns.ProgressPercent] = figures.ProgressPercent,
            [ObjectiveColumns.KeyResultCount] = figures.KeyResultCount,
            [ObjectiveColumns.KeyResultStatus] = new OptionSetValue((int)figures.Status),
            [ObjectiveColumns.LastCalculatedOn] = context.Clock.UtcNow,
        };
        using (context.BeginEngineWrites())
        {
            service.Update(update);
        }

        context.Trace("Objective {0}: {1} % from {2} key results.", objectiveId, figures.ProgressPercent, figures.KeyResultCount);
    }
}
