using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// A dispute accepted (Disputed → Open): the statement is recomputed from its sources at once, so it shows what its
/// transactions pay now. Any other status change leaves the lines as they are.
/// </summary>
[Step(UpdateStepId, MessageNames.Update, CommissionStatementColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes a statement that goes back to Open after a dispute.",
    FilteringAttributes = new[] { CommissionStatementColumns.StatusCode })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, CommissionStatementColumns.StatusCode)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, CommissionStatementColumns.StatusCode, CommissionStatementColumns.AssignmentId)]
public sealed class StatementReopenedPlugin : PluginBase
{
    public const string UpdateStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b07";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = (StatementStatus?)context.PreImage(PreImageName)?.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value;
        var after = context.PostImage(PostImageName);
        var now = (StatementStatus?)after?.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value;
        var assignmentId = after?.GetAttributeValue<EntityReference>(CommissionStatementColumns.AssignmentId)?.Id;
        if (now != StatementStatus.Open || before == StatementStatus.Open || !assignmentId.HasValue)
        {
            return;
        }

        var assignment = new AssignmentReader(context.SystemService).ById(assignmentId.Value);
        if (assignment is not null)
        {
            StatementEngine.Recompute(context, assignment, RecomputeRequest.Plain);
        }
    }
}
