using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Assign of <c>spm_review</c>: the owner is the reviewee, a setup column, so a review changes hands only in Draft and
/// only by the reviewer or an admin (<see cref="ReviewChangeRules"/>), whichever message carries the change.
/// </summary>
[Step(AssignStepId, MessageNames.Assign, ReviewColumns.EntityName, PipelineStage.PreOperation,
    Description = "A review changes its reviewee only in Draft, by the reviewer or an admin.")]
[StepImage(AssignStepId, ImageType.PreImage, PreImageName,
    ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.StateCode, ReviewColumns.StatusCode)]
public sealed class ReviewAssignPlugin : PluginBase
{
    public const string AssignStepId = "77ff38c7-71e7-48e2-8dd5-70e57d02f303";
    public const string PreImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Context.InputParameters;
        var record = input.TryGetValue("Target", out var target) ? target as EntityReference : null;
        var assignee = input.TryGetValue("Assignee", out var value) ? value as EntityReference : null;
        if (record is null || assignee is null)
        {
            context.Trace("Assign without Target or Assignee; nothing to check.");
            return;
        }

        var preImage = context.PreImage(PreImageName);
        var before = ReviewRow.Read(record.Id, preImage);
        var changes = ReviewChanges.Of(
            new Entity(ReviewColumns.EntityName, record.Id) { [ReviewColumns.OwnerId] = assignee }, preImage, new[] { ReviewColumns.OwnerId });
        var violations = ReviewChangeRules.Check(before, changes, null, ReviewCallers.For(context, before));
        if (violations.Count > 0)
        {
            throw ReviewErrors.Create(context, before.DisplayName, violations);
        }
    }
}
