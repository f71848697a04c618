using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// A KPI's measure, filter, direction or phone-call choice (visit measures) changed: every active target of the KPI is computed from something else now.
/// Up to <see cref="StaleBudget.MaxInlineTargets"/> targets are recomputed in this transaction (with their parents and
/// scorecards); past that they and their scorecards are marked for recalculation with the reason (<see cref="StaleRecompute"/>).
/// Sending a column's current value again changes nothing and costs nothing.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, KpiColumns.EntityName, PipelineStage.PostOperation,
    Description = "Recomputes, or marks for recalculation, the targets of a KPI whose measure, filter or direction changed.",
    FilteringAttributes = new[] { KpiColumns.Measure, KpiDefinitionColumns.FilterXml, KpiDefinitionColumns.Direction, KpiStageColumns.VisitsIncludePhoneCalls })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, KpiColumns.Name, KpiColumns.Measure, KpiDefinitionColumns.FilterXml, KpiDefinitionColumns.Direction, KpiStageColumns.VisitsIncludePhoneCalls)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, KpiColumns.Name)]
public sealed class KpiChangePlugin : PluginBase
{
    public const string UpdateStepId = "747b6c15-357d-4f33-b77f-37f0cebc2a49";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        var before = context.PreImage(PreImageName);
        if (target is null || before is null)
        {
            return;
        }

        var parts = new List<string>();
        AddIfChanged(parts, "measure", Choice(target, KpiColumns.Measure) != Choice(before, KpiColumns.Measure), target.Contains(KpiColumns.Measure));
        AddIfChanged(parts, "filter", !string.Equals(Text(target), Text(before), StringComparison.Ordinal), target.Contains(KpiDefinitionColumns.FilterXml));
        AddIfChanged(parts, "phone calls", Flag(target) != Flag(before), target.Contains(KpiStageColumns.VisitsIncludePhoneCalls));
        AddIfChanged(parts, "direction", Choice(target, KpiDefinitionColumns.Direction) != Choice(before, KpiDefinitionColumns.Direction), target.Contains(KpiDefinitionColumns.Direction));
        if (parts.Count == 0)
        {
            context.Trace("The KPI's measure, filter and direction are as they were; nothing to recompute.");
            return;
        }

        var name = context.PostImage(PostImageName)?.GetAttributeValue<string>(KpiColumns.Name) ?? before.GetAttributeValue<string>(KpiColumns.Name) ?? "-";
        context.Trace("KPI {0}: {1} changed.", name, string.Join(", ", parts));
        var targets = AffectedTargets.Of(context.SystemService, TargetColumns.KpiId, context.Context.PrimaryEntityId);
        StaleRecompute.Apply(context, targets, () => StaleReason.Kpi(name, parts, context.Clock.UtcNow, StaleRecompute.UserName(context)));
    }

    private static void AddIfChanged(List<string> parts, string part, bool differs, bool sent)
    {
        if (sent && differs)
        {
            parts.Add(part);
        }
    }

    private static bool Flag(Entity row) => row.GetAttributeValue<bool?>(KpiStageColumns.VisitsIncludePhoneCalls) ?? false;

    private static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;

    private static string Text(Entity row)
    {
        var text = row.GetAttributeValue<string>(KpiDefinitionColumns.FilterXml);
        return string.IsNullOrWhiteSpace(text) ? string.Empty : text!.Trim();
    }
}
