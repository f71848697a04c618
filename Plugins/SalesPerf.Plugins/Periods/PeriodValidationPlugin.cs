using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>
/// Rejects a period whose end precedes its start, that overlaps a period of the same type, that lies outside its
/// parent or hangs under a parent of a type that is not longer, or whose code another period already has.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PeriodColumns.EntityName, PipelineStage.PreValidation, Rank = 2,
    Description = "Validates a new period before the transaction starts (after a year has been completed).")]
[Step(UpdateStepId, MessageNames.Update, PeriodColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates changed period dates, type, code or parent.",
    FilteringAttributes = new[]
    {
        PeriodColumns.Code, PeriodColumns.PeriodType, PeriodColumns.StartDate, PeriodColumns.EndDate, PeriodColumns.ParentPeriodId,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName,
    PeriodColumns.Name, PeriodColumns.Code, PeriodColumns.PeriodType, PeriodColumns.StartDate, PeriodColumns.EndDate,
    PeriodColumns.ParentPeriodId)]
public sealed class PeriodValidationPlugin : PluginBase
{
    public const string CreateStepId = "3c9e5f2a-7b41-4d8c-a2e6-15f0b9c7d3e8";
    public const string UpdateStepId = "9d2a6b4c-1e3f-4a7b-8c5d-e6f7a8b9c0d1";
    public const string PreImageName = "PreImage";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No Target entity; nothing to validate.");
            return;
        }

        PeriodValidation.Validate(context, PeriodCandidate.From(target, context.PreImage(PreImageName)));
    }
}
