using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Brings the won-revenue statements of an opportunity's owner and split users up to date when it is reopened,
/// changed, reassigned or deleted (after the attainment steps, Rank 10, so the gate's score is current). Win and Lose
/// are <c>Closes/OpportunityClosePlugin</c>'s, which credits after recomputing attainment; an Update or SetState the
/// platform may raise inside Win, Lose, Assign or SetState of the same row stands aside
/// (<see cref="StepNesting.StandsAsideInsideRowMessages"/>). Delete runs in PreOperation, while the row and its lines'
/// lookups still exist, and recomputes without it.
/// </summary>
[Step(SetStateStepId, MessageNames.SetState, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes commission when an opportunity is reopened.")]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes commission when an opportunity is reopened.")]
[Step(UpdateStepId, MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank, Nesting = StepNesting.StandsAsideInsideRowMessages,
    Description = "Recomputes commission when a won opportunity's value, date, state or owner changes.",
    FilteringAttributes = new[] { OpportunityColumns.ActualValue, OpportunityColumns.ActualCloseDate, OpportunityColumns.StateCode, OpportunityColumns.OwnerId })]
[Step(AssignStepId, MessageNames.Assign, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Moves a won opportunity's credit from the old owner's statement to the new owner's.")]
[Step(DeleteStepId, MessageNames.Delete, OpportunityColumns.EntityName, PipelineStage.PreOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission without an opportunity that is being deleted (clawback if it was paid).")]
public sealed class OpportunityCommissionPlugin : PluginBase
{
    public const string SetStateStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b03";
    public const string SetStateDynamicStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b04";
    public const string UpdateStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b05";
    public const string AssignStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b06";
    public const string DeleteStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b07";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        var id = CommissionSteps.RowId(context, OpportunityCloseColumns.InputParameter, OpportunityCloseColumns.OpportunityId);
        if (id == Guid.Empty)
        {
            context.Trace("No opportunity named; nothing to do.");
            return;
        }

        OpportunityCredits.Changed(context, id, message == MessageNames.Delete);
    }
}
