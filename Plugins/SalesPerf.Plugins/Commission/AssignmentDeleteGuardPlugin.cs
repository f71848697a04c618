using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Refuses to delete a plan assignment one of whose statements is Approved, Disputed or Paid (SPM-PLN-015), before the
/// platform deletes anything (pre-validation, so ahead of any cascade), naming the assignment and the statement.
/// </summary>
[Step(DeleteStepId, MessageNames.Delete, PlanAssignmentColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses to delete a plan assignment with an approved, disputed or paid statement.")]
public sealed class AssignmentDeleteGuardPlugin : PluginBase
{
    public const string DeleteStepId = "f8c6b7a9-a3b5-4acd-91d6-5c7d8e9f0a0d";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var id = context.Context.PrimaryEntityId;
        if (new AssignmentFactsReader(context.SystemService).Settled(id) is not { } settled)
        {
            return;
        }

        var name = context.SystemService.Retrieve(PlanAssignmentColumns.EntityName, id, new ColumnSet(PlanAssignmentColumns.Name))
            .GetAttributeValue<string>(PlanAssignmentColumns.Name) ?? "-";
        throw context.RuleError(name, new[] { AssignmentRules.DeleteLocked(settled.Name, settled.Status) });
    }
}
