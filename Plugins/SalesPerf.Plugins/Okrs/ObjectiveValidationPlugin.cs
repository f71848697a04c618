using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Okrs;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Okrs;

/// <summary>
/// Before an objective is created or its parent or period changes: the alignment chain above it must not come back to
/// it (SPM-OKR-006) nor be deeper than <see cref="ObjectiveAlignment.MostLevels"/> (008), and its period must lie within
/// its parent's (007). Reads the chain one objective at a time (at most <see cref="ObjectiveAlignment.MostLevels"/> + 1
/// reads) and both periods in one query. A new objective starts with no key results: count 0, status "Fewer than 2".
/// </summary>
[Step(CreateStepId, MessageNames.Create, ObjectiveColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new objective's alignment and period; starts its key-result status.")]
[Step(UpdateStepId, MessageNames.Update, ObjectiveColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates an objective's changed alignment or period.",
    FilteringAttributes = new[] { ObjectiveColumns.ParentObjectiveId, ObjectiveColumns.PeriodId })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, ObjectiveColumns.Name, ObjectiveColumns.ParentObjectiveId, ObjectiveColumns.PeriodId)]
public sealed class ObjectiveValidationPlugin : PluginBase
{
    public const string CreateStepId = "f028bfd0-aefe-4f94-a74c-3859d048c6d7";
    public const string UpdateStepId = "77dabc9b-4bc2-416d-9b38-7f08137254ea";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var isCreate = context.Context.MessageName == MessageNames.Create;
        if (isCreate)
        {
            target[ObjectiveColumns.KeyResultCount] = 0;
            target[ObjectiveColumns.KeyResultStatus] = new OptionSetValue((int)ObjectiveKeyResultStatus.NeedsKeyResults);
        }

        var row = RowMerge.Of(isCreate ? null : context.PreImage(ImageName), target, ObjectiveColumns.EntityName);
        var parent = row.GetAttributeValue<EntityReference>(ObjectiveColumns.ParentObjectiveId);
        if (parent is null)
        {
            return;
        }

        var self = isCreate ? Guid.Empty : context.Context.PrimaryEntityId;
        var chain = new List<Guid>();
        Entity? parentRow = null;
        var next = (Guid?)parent.Id;
        while (next is Guid id && chain.Count <= ObjectiveAlignment.MostLevels && id != self)
        {
            var current = context.SystemService.Retrieve(ObjectiveColumns.EntityName, id, new ColumnSet(ObjectiveColumns.Name, ObjectiveColumns.ParentObjectiveId, ObjectiveColumns.PeriodId));
            parentRow ??= current;
            chain.Add(id);
            next = current.GetAttributeValue<EntityReference>(ObjectiveColumns.ParentObjectiveId)?.Id;
        }

        if (next == self && self != Guid.Empty)
        {
            chain.Add(self);
        }

        var parentName = parentRow?.GetAttributeValue<string>(ObjectiveColumns.Name)
            ?? (parent.Id == self ? row.GetAttributeValue<string>(ObjectiveColumns.Name) : null) ?? "-";
        var violations = new List<RuleViolation>(ObjectiveAlignment.CheckChain(self, parentName, chain));
        if (violations.Count == 0)
        {
            var period = PeriodCheck(context, parentName, row.GetAttributeValue<EntityReference>(ObjectiveColumns.PeriodId), parentRow?.GetAttributeValue<EntityReference>(ObjectiveColumns.PeriodId));
            if (period is not null)
            {
                violations.Add(period);
            }
        }

        if (violations.Count > 0)
        {
            throw context.RuleError(row.GetAttributeValue<string>(ObjectiveColumns.Name) ?? "-", violations);
        }
    }

    /// <summary>Both periods in one query; SPM-OKR-007 when the objective's lies outside its parent's.</summary>
    private static RuleViolation? PeriodCheck(LocalPluginContext context, string parentName, EntityReference? own, EntityReference? parents)
    {
        if (own is null || parents is null || own.Id == parents.Id)
        {
            return null;
        }

        var query = new QueryExpression(PeriodColumns.EntityName) { ColumnSet = new ColumnSet(PeriodColumns.Code, PeriodColumns.StartDate, PeriodColumns.EndDate) };
        query.Criteria.AddCondition(PeriodColumns.Id, ConditionOperator.In, own.Id, parents.Id);
        var periods = context.SystemService.RetrieveMultiple(query).Entities.ToDictionary(p => p.Id);
        periods.TryGetValue(own.Id, out var ownRow);
        periods.TryGetValue(parents.Id, out var parentRow);
        return ObjectiveAlignment.CheckPeriod(parentName, Code(ownRow), Range(ownRow), Code(parentRow), Range(parentRow));
    }

    private static string Code(Entity? period) => period?.GetAttributeValue<string>(PeriodColumns.Code) ?? "-";

    private static DateRange? Range(Entity? period)
    {
        var start = period?.GetAttributeValue<DateTime?>(PeriodColumns.StartDate);
        var end = period?.GetAttributeValue<DateTime?>(PeriodColumns.EndDate);
        return start.HasValue && end.HasValue && end.Value >= start.Value
            ? DateRange.Of(CalendarDate.FromDateTime(start.Value), CalendarDate.FromDateTime(end.Value))
            : null;
    }
}
