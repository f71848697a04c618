using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// An Approved, Disputed or Paid statement stays as it was agreed: nobody deletes it, administrators and the engine
/// included (SPM-STM-005), and nobody assigns it to another owner (SPM-STM-004 on <c>ownerid</c>). An Open statement
/// may be deleted or assigned: the engine writes it again from its sources.
/// </summary>
[Step(DeleteStepId, MessageNames.Delete, CommissionStatementColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses the deletion of an approved, disputed or paid statement.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, CommissionStatementColumns.Name, CommissionStatementColumns.StatusCode)]
[Step(AssignStepId, MessageNames.Assign, CommissionStatementColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses a new owner on an approved, disputed or paid statement.")]
[StepImage(AssignStepId, ImageType.PreImage, ImageName, CommissionStatementColumns.Name, CommissionStatementColumns.StatusCode)]
public sealed class StatementLockPlugin : PluginBase
{
    public const string DeleteStepId = "5c1e2d3f-7a8b-4c9d-8e0f-1a2b3c4d5e01";
    public const string AssignStepId = "5c1e2d3f-7a8b-4c9d-8e0f-1a2b3c4d5e02";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var before = context.PreImage(ImageName)!;
        var name = before.GetAttributeValue<string>(CommissionStatementColumns.Name) ?? "-";
        var status = (StatementStatus)(before.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value ?? 1);
        var violations = context.Context.MessageName == MessageNames.Delete
            ? StatementWorkflow.CheckDelete(status)
            : context.IsEngineWrite ? Array.Empty<RuleViolation>() : StatementWorkflow.CheckEdit(status, CommissionStatementColumns.OwnerId);
        if (violations.Count > 0)
        {
            throw context.RuleError(name, violations);
        }
    }
}
