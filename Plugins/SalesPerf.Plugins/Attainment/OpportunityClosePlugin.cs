using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Win and Lose of an opportunity, in the transaction of the close (<see cref="OpportunityCloseWork"/>). Win and Lose
/// carry no images, so the row is read once. Where these steps are not registered, the nested Update or SetState step
/// of <see cref="OpportunityAttainmentPlugin"/> does the same work (<see cref="CloseStandIn"/>).
/// </summary>
[Step(WinStepId, MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle and new-customer flag and recomputes the owner's and split users' KPIs after a win.")]
[Step(LoseStepId, MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle and recomputes the owner's KPIs (win rate, pipeline) after a loss.")]
public sealed class OpportunityClosePlugin : PluginBase
{
    public const string WinStepId = "9e2d7b4a-5f66-4d1c-8a37-1b0e9c2d4f07";
    public const string LoseStepId = "3c8a6f1e-2d77-4e0b-9f48-7a3b1d5e9c08";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var close = context.Context.InputParameters.TryGetValue(OpportunityCloseColumns.InputParameter, out var value) ? value as Entity : null;
        var opportunityId = close?.GetAttributeValue<EntityReference>(OpportunityCloseColumns.OpportunityId)?.Id ?? context.Context.PrimaryEntityId;
        if (opportunityId == Guid.Empty)
        {
            context.Trace("The close names no opportunity; nothing to do.");
            return;
        }

        var row = new OpportunityReader(context.SystemService).RetrieveForClose(opportunityId);
        OpportunityCloseWork.Apply(context, row, context.Context.MessageName == MessageNames.Win);
    }
}
