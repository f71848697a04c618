using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Kpis;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Targets;

/// <summary>
/// Rejects bad writes to <c>spm_target</c>: negative target or stretch values, user writes to computed columns, a
/// target without its KPI or period (SPM-TGT-034/035), and terms that break their rules (stretch, threshold, cap,
/// weight: SPM-TGT-006 to 009), on Create and on every Update that changes a term. The rules a target keeps with other
/// rows are <see cref="TargetRelationsPlugin"/>'s.
/// </summary>
/// <remarks>
/// Computed columns are written only by the engine. A write counts as the engine's under the rule of
/// <see cref="ContextMarks.IsEngineWrite"/>: Depth &gt; 1 and a SalesPerf plug-in's engine-write marker in a ParentContext. Everyone
/// else is rejected, except that <c>spm_actualvalue</c> may be entered when the target's KPI is measured Manually.
/// </remarks>
[Step(CreateStepId, MessageNames.Create, TargetColumns.EntityName, PipelineStage.PreValidation,
    Description = "Rejects negative values and writes to computed columns before the transaction starts.")]
[Step(UpdateStepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PreOperation,
    Description = "Rejects negative values and user writes to computed columns.",
    FilteringAttributes = new[]
    {
        TargetColumns.TargetValue, TargetColumns.StretchValue, TargetColumns.ActualValue,
        TargetColumns.Numerator, TargetColumns.Denominator, TargetColumns.InProgressValue,
        TargetColumns.AttainmentPercent, TargetColumns.ScorePercent, TargetColumns.ExpectedToDateValue,
        TargetColumns.AllocatedValue, TargetColumns.AllocationVariance, TargetColumns.LastCalculatedOn,
        TargetColumns.CalculationTrace, TargetColumns.ThresholdPercent, TargetColumns.ScoreCap, TargetColumns.Weight,
        TargetColumns.KpiId, TargetColumns.PeriodId, TargetColumns.RecalculationNeeded, TargetColumns.RecalculationReason,
        TargetColumns.PaceStatus, TargetColumns.ProjectedValue, TargetColumns.ProjectedAttainmentPercent,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, TargetColumns.Name, TargetColumns.KpiId, TargetColumns.PeriodId,
    TargetColumns.TargetValue, TargetColumns.StretchValue, TargetColumns.ThresholdPercent, TargetColumns.ScoreCap, TargetColumns.Weight)]
public sealed class TargetValidationPlugin : PluginBase
{
    public const string CreateStepId = "bbefe8df-736b-4a1b-8923-fbb5871d936e";
    public const string UpdateStepId = "6e6d915b-7825-4104-9f2f-6d92b8da9ec4";
    public const string PreImageName = "PreImage";

    private static readonly string[] TermColumns =
    {
        TargetColumns.TargetValue, TargetColumns.StretchValue, TargetColumns.ThresholdPercent, TargetColumns.ScoreCap,
        TargetColumns.Weight, TargetColumns.KpiId,
    };

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

        var write = TargetWrite.From(target, context.PreImage(PreImageName));
        RejectComputedColumns(context, write);
        RejectNegative(context, write, TargetColumns.TargetValue, BusinessMessages.NegativeTargetValue);
        RejectNegative(context, write, TargetColumns.StretchValue, BusinessMessages.NegativeStretchValue);
        RequireReference(context, write, TargetColumns.KpiId, write.KpiId, PlanningMessages.TargetKpiRequired);
        RequireReference(context, write, TargetColumns.PeriodId, write.PeriodId, PlanningMessages.TargetPeriodRequired);
        ValidateTerms(context, write);
    }

    private static void RequireReference(
        LocalPluginContext context, TargetWrite write, string column, EntityReference? value, BusinessMessage message)
    {
        if ((write.IsCreate || write.Writes(column)) && value is null)
        {
            throw context.BusinessError(message, write.DisplayName);
        }
    }

    /// <summary>The terms as they will be stored, checked by the domain's own rules (the engine evaluates the same).</summary>
    private static void ValidateTerms(LocalPluginContext context, TargetWrite write)
    {
        if (!write.IsCreate && !TermColumns.Any(write.Writes))
        {
            return;
        }

        var stretch = write.Merged(TargetColumns.StretchValue);
        var terms = TargetTerms.Create(
            write.Merged(TargetColumns.TargetValue) ?? 0m,
            stretch,
            write.Merged(TargetColumns.ThresholdPercent) ?? 0m,
            write.Merged(TargetColumns.ScoreCap) ?? TargetTerms.DefaultScoreCap,
            write.Merged(TargetColumns.Weight) ?? 0m,
            stretch.HasValue ? DirectionOf(context, write.KpiId) : KpiDirection.HigherIsBetter);
        if (!terms.IsValid)
        {
            throw context.RuleError(write.DisplayName, terms.Violations);
        }
    }

    private static KpiDirection DirectionOf(LocalPluginContext context, EntityReference? kpi)
    {
        if (kpi is null)
        {
            return KpiDirection.HigherIsBetter;
        }

        var row = context.SystemService.Retrieve(KpiColumns.EntityName, kpi.Id, new ColumnSet(KpiDefinitionColumns.Direction));
        return row.GetAttributeValue<OptionSetValue>(KpiDefinitionColumns.Direction)?.Value == (int)KpiDirection.LowerIsBetter
            ? KpiDirection.LowerIsBetter
            : KpiDirection.HigherIsBetter;
    }

    private static void RejectComputedColumns(LocalPluginContext context, TargetWrite write)
    {
        var engineOnly = write.FirstEngineOnlyColumn();
        var writesActual = write.Writes(TargetColumns.ActualValue);
        if (engineOnly is null && !writesActual)
        {
            return;
        }

        if (context.IsEngineWrite)
        {
            context.Trace("Computed columns written by the SalesPerf engine; allowed.");
            return;
        }

        if (engineOnly is not null)
        {
            throw context.BusinessError(BusinessMessages.ComputedTargetColumn, write.DisplayName, engineOnly);
        }

        if (!IsManualKpi(context, write.KpiId))
        {
            throw context.BusinessError(BusinessMessages.ActualValueNotManual, write.DisplayName, TargetColumns.ActualValue);
        }

        context.Trace("Actual value entered for a Manual KPI; allowed.");
    }

    private static void RejectNegative(LocalPluginContext context, TargetWrite write, string column, BusinessMessage message)
    {
        var value = write.Number(column);
        if (value < 0m)
        {
            throw context.BusinessError(message, write.DisplayName, value.Value);
        }
    }

    private static bool IsManualKpi(LocalPluginContext context, EntityReference? kpi)
    {
        if (kpi is null)
        {
            return false;
        }

        var row = context.SystemService.Retrieve(KpiColumns.EntityName, kpi.Id, new ColumnSet(KpiColumns.Measure));
        return row.GetAttributeValue<OptionSetValue>(KpiColumns.Measure)?.Value == KpiColumns.MeasureManual;
    }
}
