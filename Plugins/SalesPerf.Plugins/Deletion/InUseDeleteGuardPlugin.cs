using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// Refuses to delete a period, KPI, commission plan or plan assignment that rows numbers depend on (SPM-DEL-001–004),
/// naming the row and what uses it by count and example. The relationships are Restrict, so the platform refuses the
/// delete anyway (also when custom plug-ins are bypassed); this step runs first, in PreValidation, because the platform's
/// message names neither the row nor what uses it. Rank 2: a more specific PreValidation rule of the same delete
/// (SPM-PLN-015, a settled statement) speaks first.
/// </summary>
[Step(PeriodStepId, MessageNames.Delete, PeriodColumns.EntityName, PipelineStage.PreValidation, Rank = GuardRank,
    Description = "Refuses to delete a period that targets, scorecards, plan assignments or statements use, naming them.")]
[Step(KpiStepId, MessageNames.Delete, KpiColumns.EntityName, PipelineStage.PreValidation, Rank = GuardRank,
    Description = "Refuses to delete a KPI that targets or KPI set items use, naming them.")]
[Step(PlanStepId, MessageNames.Delete, CommissionPlanColumns.EntityName, PipelineStage.PreValidation, Rank = GuardRank,
    Description = "Refuses to delete a commission plan that plan assignments use, naming them.")]
[Step(AssignmentStepId, MessageNames.Delete, PlanAssignmentColumns.EntityName, PipelineStage.PreValidation, Rank = GuardRank,
    Description = "Refuses to delete a plan assignment that commission statements use, naming them.")]
public sealed class InUseDeleteGuardPlugin : PluginBase
{
    public const string PeriodStepId = "7f13b9e0-4804-4a4f-8e7e-4eab926d1e8f";
    public const string KpiStepId = "65d52502-a8a8-46b7-962b-03c9598ae32b";
    public const string PlanStepId = "b48969af-eaec-46c4-8e72-b7c69f788911";
    public const string AssignmentStepId = "8c48a689-201e-43b7-b273-cb67274df0a2";
    public const int GuardRank = 2;

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var guard = DeleteGuards.For(context.Context.PrimaryEntityName);
        var id = context.Context.PrimaryEntityId;
        var usages = new DependentsReader(context.SystemService).Read(id, guard.Dependents);
        if (usages.Count == 0)
        {
            return;
        }

        var name = context.SystemService.Retrieve(guard.Table, id, new ColumnSet(guard.NameColumn)).GetAttributeValue<string>(guard.NameColumn) ?? "-";
        throw context.BusinessError(guard.Message, language => new object[] { name, UsageText.Format(language, usages) });
    }
}
