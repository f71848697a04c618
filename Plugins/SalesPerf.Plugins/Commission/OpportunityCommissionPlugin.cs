using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Brings the won-revenue statements of an opportunity's owner and split users up to date when it is won, lost,
/// reopened, changed, reassigned or deleted (after the attainment steps, Rank 10, so the gate's score is current).
/// The Update the platform raises inside Win, Lose, Assign or SetState stands aside, except inside a Win or Lose whose
/// step the registration leaves out (<see cref="CloseStandIn"/>); Delete runs in PreOperation,
/// while the row and its lines' lookups still exist, and recomputes without it.
/// </summary>
[Step(WinStepId, MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Credits a won opportunity on the owner's and split users' commission statements.")]
[Step(LoseStepId, MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Removes a lost opportunity from open statements, or claws it back from closed ones.")]
[Step(SetStateStepId, MessageNames.SetState, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission when an opportunity is reopened.")]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission when an opportunity is reopened.")]
[Step(UpdateStepId, MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission when a won opportunity's value, date, state or owner changes.",
    FilteringAttributes = new[] { OpportunityColumns.ActualValue, OpportunityColumns.ActualCloseDate, OpportunityColumns.StateCode, OpportunityColumns.OwnerId })]
[Step(AssignStepId, MessageNames.Assign, OpportunityColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Moves a won opportunity's credit from the old owner's statement to the new owner's.")]
[Step(DeleteStepId, MessageNames.Delete, OpportunityColumns.EntityName, PipelineStage.PreOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes commission without an opportunity that is being deleted (clawback if it was paid).")]
public sealed class OpportunityCommissionPlugin : PluginBase
{
    public const string WinStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b01";
    public const string LoseStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b02";
    public const string SetStateStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b03";
    public const string SetStateDynamicStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b04";
    public const string UpdateStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b05";
    public const string AssignStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b06";
    public const string DeleteStepId = "a3f1c2d4-5e60-4b7a-9c81-0d2e3f4a5b07";

    public OpportunityCommissionPlugin()
    {
    }

    /// <summary>Dataverse passes the step's configuration here (<see cref="StepConfiguration"/>).</summary>
    public OpportunityCommissionPlugin(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        // Inside a Win or Lose without its own step the nested step stands in: the close's work is the same recompute.
        if (CloseStandIn.Decide(context, OpportunityColumns.EntityName, MessageNames.Assign, MessageNames.SetState, MessageNames.SetStateDynamicEntity).Role
            == NestedRole.StandAside)
        {
            return;
        }

        var id = CommissionSteps.RowId(context, OpportunityCloseColumns.InputParameter, OpportunityCloseColumns.OpportunityId);
        if (id == Guid.Empty)
        {
            context.Trace("No opportunity named; nothing to do.");
            return;
        }

        OpportunityCredits.Changed(context, id, message == MessageNames.Delete);
    }
}
