using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>
/// A new period of type Year: before anything is written its dates, code, name and fiscal year are completed from the
/// organisation's fiscal calendar (and dates that contradict it are rejected); once it exists, its 2 halves,
/// 4 quarters and 12 months are created with their codes and parent links.
/// </summary>
[Step(CompleteStepId, MessageNames.Create, PeriodColumns.EntityName, PipelineStage.PreValidation, Rank = 1,
    Description = "Completes a new year from the fiscal calendar and rejects dates that contradict it.")]
[Step(GenerateStepId, MessageNames.Create, PeriodColumns.EntityName, PipelineStage.PostOperation,
    Description = "Creates the halves, quarters and months of a new year.")]
public sealed class YearPeriodPlugin : PluginBase
{
    public const string CompleteStepId = "0b4f7b1e-5a3c-4d2e-9f61-2c8d7e3a9b10";
    public const string GenerateStepId = "6a1d2c3b-8e7f-4a5b-b6c9-d0e1f2a3b4c5";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null || PeriodRecord.Type(target) != PeriodType.Year)
        {
            context.Trace("Not a year; nothing to do.");
            return;
        }

        if (context.Step.Stage == PipelineStage.PreValidation)
        {
            YearCompletion.Complete(context, target);
        }
        else
        {
            YearGeneration.Generate(context, target);
        }
    }
}
