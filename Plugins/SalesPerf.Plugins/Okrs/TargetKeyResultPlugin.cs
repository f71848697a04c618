using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// A win → the target's attainment → the key results that track it → their objectives, in the same transaction:
/// after the engine writes a target's <c>spm_attainmentpercent</c>, reads the active key results that track the target
/// (one query), writes the progress of each one it changes and recomputes each of their objectives. Calls: one query per
/// target the engine writes, plus <see cref="OkrBudget.PerChangedKeyResult"/> per changed key result and
/// <see cref="OkrBudget.PerObjective"/> per objective: constant per win, bounded per key result linked to the target.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Moves the key results that track a target, and their objectives, when its attainment changes.",
    FilteringAttributes = new[] { TargetColumns.AttainmentPercent })]
public sealed class TargetKeyResultPlugin : PluginBase
{
    public const string UpdateStepId = "f959f438-cbb0-40eb-9ac1-a1002242a068";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null || !target.Contains(TargetColumns.AttainmentPercent))
        {
            return;
        }

        var progress = KeyResultProgress.FromAttainment(target.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent));
        var query = new QueryExpression(KeyResultColumns.EntityName)
        {
            ColumnSet = new ColumnSet(KeyResultColumns.ObjectiveId, KeyResultColumns.ProgressPercent, KeyResultColumns.Kind),
        };
        query.Criteria.AddCondition(KeyResultColumns.TargetId, ConditionOperator.Equal, target.Id);
        query.Criteria.AddCondition(KeyResultColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(KeyResultColumns.Kind, ConditionOperator.Equal, (int)KeyResultKind.TracksTarget);
        var keyResults = context.SystemService.RetrieveMultiple(query).Entities;

        var objectives = new List<System.Guid>();
        foreach (var keyResult in keyResults.Where(k => k.GetAttributeValue<decimal?>(KeyResultColumns.ProgressPercent) != progress))
        {
            using (context.BeginEngineWrites())
            {
                context.SystemService.Update(new Entity(KeyResultColumns.EntityName, keyResult.Id)
                {
                    [KeyResultColumns.ProgressPercent] = progress,
                    [KeyResultColumns.LastCalculatedOn] = context.Clock.UtcNow,
                });
            }

            var objective = keyResult.GetAttributeValue<EntityReference>(KeyResultColumns.ObjectiveId);
            if (objective is not null)
            {
                objectives.Add(objective.Id);
            }
        }

        foreach (var objective in objectives.Distinct())
        {
            ObjectiveRollup.Recompute(context, objective);
        }

        context.Trace("{0} key results track the target; {1} objectives recomputed.", keyResults.Count, objectives.Distinct().Count());
    }
}
