using System;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Commission;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Closes;

/// <summary>
/// Win and Lose of an opportunity, in the transaction of the close: stamps, then attainment, then commission, in that
/// order (the commission gate reads the score the attainment part just wrote). Win and Lose carry no images, so the
/// row is read once, and at a win its split users once, for all three parts. Registered by Complete setup
/// (<see cref="SetupSteps"/>). An Update or SetState the platform may raise inside the close stands aside
/// (<see cref="StepNesting.StandsAsideInsideRowMessages"/>), so the close is handled once whether or not it does.
/// </summary>
[Step(WinStepId, MessageNames.Win, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle and new-customer flag, recomputes the owner's and split users' KPIs and credits their commission statements after a win.")]
[Step(LoseStepId, MessageNames.Lose, OpportunityColumns.EntityName, PipelineStage.PostOperation,
    Description = "Stamps the sales cycle, recomputes the owner's KPIs (win rate, pipeline) and updates commission statements after a loss.")]
public sealed class OpportunityClosePlugin : PluginBase
{
    public const string WinStepId = "669a9a64-4ca7-4942-bd6a-a1922f01aeb7";
    public const string LoseStepId = "9f5e034e-442d-4d71-b130-0af32b7eb356";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var opportunityId = CommissionSteps.RowId(context, OpportunityCloseColumns.InputParameter, OpportunityCloseColumns.OpportunityId);
        if (opportunityId == Guid.Empty)
        {
            context.Trace("The close names no opportunity; nothing to do.");
            return;
        }

        var won = context.Context.MessageName == MessageNames.Win;
        var reader = new OpportunityReader(context.SystemService);
        var row = reader.RetrieveForClose(opportunityId);
        var splits = won ? reader.Splits(opportunityId) : Array.Empty<UserSplit>();
        OpportunityCloseWork.Apply(context, row, won, OpportunityReader.Users(splits));
        OpportunityCredits.Changed(context, row, splits, removedNow: false);
    }
}
