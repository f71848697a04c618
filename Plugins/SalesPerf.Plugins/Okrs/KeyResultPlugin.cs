using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Okrs;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// Before an active key result is written: checks its rules (<see cref="KeyResultRules"/>: kind, weight above 0, a
/// tracked target, a start and a goal that differ: SPM-OKR-001…004, 009) and that its objective has room (at most 5
/// active key results, SPM-OKR-005, checked when the key result is created, moves to another objective or is
/// reactivated), then puts its progress in the Target (<see cref="KeyResultProgress"/>), so the row is written once.
/// A tracked target's attainment is read once. An inactive key result is not checked and keeps its progress.
/// </summary>
[Step(CreateStepId, MessageNames.Create, KeyResultColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new key result and computes its progress.")]
[Step(UpdateStepId, MessageNames.Update, KeyResultColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Validates a changed key result and recomputes its progress.",
    FilteringAttributes = new[]
    {
        KeyResultColumns.Kind, KeyResultColumns.Weight, KeyResultColumns.TargetId, KeyResultColumns.StartValue,
        KeyResultColumns.GoalValue, KeyResultColumns.CurrentValue, KeyResultColumns.ObjectiveId, KeyResultColumns.StateCode,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    KeyResultColumns.Name, KeyResultColumns.Kind, KeyResultColumns.Weight, KeyResultColumns.TargetId, KeyResultColumns.StartValue,
    KeyResultColumns.GoalValue, KeyResultColumns.CurrentValue, KeyResultColumns.ObjectiveId, KeyResultColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, KeyResultColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Checks that a reactivated key result's objective has room.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName,
    KeyResultColumns.Name, KeyResultColumns.Kind, KeyResultColumns.Weight, KeyResultColumns.TargetId, KeyResultColumns.StartValue,
    KeyResultColumns.GoalValue, KeyResultColumns.CurrentValue, KeyResultColumns.ObjectiveId, KeyResultColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, KeyResultColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Checks that a reactivated key result's objective has room.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName,
    KeyResultColumns.Name, KeyResultColumns.Kind, KeyResultColumns.Weight, KeyResultColumns.TargetId, KeyResultColumns.StartValue,
    KeyResultColumns.GoalValue, KeyResultColumns.CurrentValue, KeyResultColumns.ObjectiveId, KeyResultColumns.StateCode)]
public sealed class KeyResultPlugin : PluginBase
{
    public const string CreateStepId = "a4a922d4-1812-4472-8e58-24089363c189";
    public const string UpdateStepId = "140fe6cf-f65b-4c0e-953c-963c7a3993d6";
    public const string SetStateStepId = "76919990-4d69-4fa0-baba-ced365ef306d";
    public const string SetStateDynamicStepId = "8908f98d-b1fa-4eb3-bc84-f5277f7fdf51";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        var before = message == MessageNames.Create ? null : context.PreImage(ImageName);
        var merged = RowMerge.Of(before, context.TargetEntity, KeyResultColumns.EntityName);
        if (message is MessageNames.SetState or MessageNames.SetStateDynamicEntity)
        {
            merged[KeyResultColumns.StateCode] = new OptionSetValue(SetStateInput.Read(context.Context).State);
        }

        var row = KeyResultRow.Of(merged);
        if (!row.IsActive)
        {
            context.Trace("Inactive key result: not checked.");
            return;
        }

        var violations = new List<RuleViolation>(KeyResultRules.Check(row.Kind, row.Weight, row.Target is not null, row.Start, row.Goal));
        if (NeedsRoom(message, before, row))
        {
            var full = Room(context, row);
            if (full is not null)
            {
                violations.Add(full);
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(row.Name, violations);
        }

        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var attainment = row.Kind == KeyResultKind.TracksTarget ? TargetAttainment(context, row.Target!) : null;
        target[KeyResultColumns.ProgressPercent] = KeyResultProgress.Of(row.Kind, attainment, row.Start, row.Goal, row.Current);
        target[KeyResultColumns.LastCalculatedOn] = context.Clock.UtcNow;
    }

    /// <summary>The objective's room is checked when the key result joins it: created, moved or reactivated.</summary>
    private static bool NeedsRoom(string message, Entity? before, KeyResultRow row)
    {
        if (row.Objective is null)
        {
            return false;
        }

        if (before is null)
        {
            return true;
        }

        var previous = KeyResultRow.Of(before);
        return !previous.IsActive || previous.Objective?.Id != row.Objective.Id;
    }

    /// <summary>SPM-OKR-005 when the objective already has the most active key results besides this one (one query; the name only when refusing).</summary>
    private static RuleViolation? Room(LocalPluginContext context, KeyResultRow row)
    {
        var query = new QueryExpression(KeyResultColumns.EntityName) { ColumnSet = new ColumnSet(false), TopCount = ObjectiveProgress.MostKeyResults };
        query.Criteria.AddCondition(KeyResultColumns.ObjectiveId, ConditionOperator.Equal, row.Objective!.Id);
        query.Criteria.AddCondition(KeyResultColumns.StateCode, ConditionOperator.Equal, 0);
        if (row.Id != Guid.Empty)
        {
            query.Criteria.AddCondition(KeyResultColumns.Id, ConditionOperator.NotEqual, row.Id);
        }

        var others = context.SystemService.RetrieveMultiple(query).Entities.Count;
        if (others < ObjectiveProgress.MostKeyResults)
        {
            return null;
        }

        var name = context.SystemService.Retrieve(ObjectiveColumns.EntityName, row.Objective.Id, new ColumnSet(ObjectiveColumns.Name))
            .GetAttributeValue<string>(ObjectiveColumns.Name) ?? "-";
        return KeyResultRules.CheckRoom(name, others);
    }

    private static decimal? TargetAttainment(LocalPluginContext context, EntityReference target)
    {
        var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = new ColumnSet(TargetColumns.AttainmentPercent), TopCount = 1 };
        query.Criteria.AddCondition(TargetColumns.Id, ConditionOperator.Equal, target.Id);
        return context.SystemService.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent);
    }
}
