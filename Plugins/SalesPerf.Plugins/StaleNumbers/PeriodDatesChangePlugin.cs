using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// A period's start or end date changed: which deals, orders and payments fall into it changed, so its active targets
/// (with their parents and scorecards) and the Open statements of its plan assignments are recomputed in this
/// transaction, up to <see cref="StaleBudget.MaxInlineTargets"/> targets and <see cref="StaleBudget.MaxInlineAssignments"/>
/// assignments. Past the targets' bound the targets and scorecards are marked (the statements are still recomputed);
/// past the assignments' bound nothing is recomputed inline: the targets and scorecards are marked, their reason naming
/// the assignments too, and <c>spm_Recalculate</c> for the period recomputes both. Periods inside it keep their own
/// dates (a period's children do not move with it), so their numbers do not depend on the change.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, PeriodColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes, or marks for recalculation, the targets and open statements of a period whose dates changed.",
    FilteringAttributes = new[] { PeriodColumns.StartDate, PeriodColumns.EndDate })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, PeriodColumns.Name, PeriodColumns.StartDate, PeriodColumns.EndDate)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, PeriodColumns.Name, PeriodColumns.StartDate, PeriodColumns.EndDate)]
public sealed class PeriodDatesChangePlugin : PluginBase
{
    public const string UpdateStepId = "51cd05a3-a616-44e5-8e7b-60f405240571";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(PreImageName);
        var after = context.PostImage(PostImageName);
        if (before is null || after is null)
        {
            return;
        }

        var oldDates = Dates(before);
        var newDates = Dates(after);
        if (oldDates == newDates)
        {
            context.Trace("The period's dates are as they were; nothing to recompute.");
            return;
        }

        var periodId = context.Context.PrimaryEntityId;
        var name = after.GetAttributeValue<string>(PeriodColumns.Name) ?? before.GetAttributeValue<string>(PeriodColumns.Name) ?? "-";
        var targets = AffectedTargets.Of(context.SystemService, TargetColumns.PeriodId, periodId);
        var assignments = new AssignmentReader(context.SystemService).ForPeriod(periodId);
        var tooMany = assignments.Count > StaleBudget.MaxInlineAssignments;
        context.Trace("Period {0}: dates {1} → {2}; {3} target(s), {4} assignment(s).", name, oldDates, newDates, targets.Count, assignments.Count);
        StaleRecompute.Apply(
            context,
            targets,
            () => StaleReason.Period(name, oldDates, newDates, context.Clock.UtcNow, StaleRecompute.UserName(context), tooMany ? assignments.Count : 0),
            forceMarks: tooMany);
        if (!tooMany)
        {
            CommissionEvents.AssignmentsChanged(context, assignments);
        }
    }

    private static string Dates(Entity row) =>
        (PeriodRecord.Date(row, PeriodColumns.StartDate)?.ToString() ?? "-") + " – " + (PeriodRecord.Date(row, PeriodColumns.EndDate)?.ToString() ?? "-");
}
