using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Commission lines are written by the engine only: a user's create, update or delete is refused, with SPM-STM-003 when
/// the statement is no longer Open, else SPM-CMP-001 (the line is computed).
/// </summary>
[Step(CreateStepId, MessageNames.Create, CommissionLineColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses commission lines not written by the engine.")]
[Step(UpdateStepId, MessageNames.Update, CommissionLineColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user changes to commission lines.")]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName, CommissionLineColumns.StatementId)]
[Step(DeleteStepId, MessageNames.Delete, CommissionLineColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user deletion of commission lines.")]
[StepImage(DeleteStepId, ImageType.PreImage, ImageName, CommissionLineColumns.StatementId)]
public sealed class CommissionLineGuardPlugin : PluginBase
{
    public const string CreateStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b04";
    public const string UpdateStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b05";
    public const string DeleteStepId = "0a9d8c7b-b4c6-4bde-a2e7-6d8e9f0a1b06";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        if (context.IsEngineWrite)
        {
            return;
        }

        var line = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, CommissionLineColumns.EntityName);
        var statementId = line.GetAttributeValue<EntityReference>(CommissionLineColumns.StatementId)?.Id;
        var statement = statementId.HasValue
            ? context.SystemService.Retrieve(CommissionStatementColumns.EntityName, statementId.Value, new ColumnSet(CommissionStatementColumns.Name, CommissionStatementColumns.StatusCode))
            : null;
        var name = statement?.GetAttributeValue<string>(CommissionStatementColumns.Name) ?? "-";
        var status = (StatementStatus)(statement?.GetAttributeValue<OptionSetValue>(CommissionStatementColumns.StatusCode)?.Value ?? 1);
        throw StatementWorkflow.IsRecomputable(status)
            ? context.BusinessError(BusinessMessages.ComputedColumn, name, CommissionLineColumns.EntityName, CommissionLineColumns.CommissionAmount)
            : context.RuleError(name, new[] { RuleViolation.Of(StatementRuleCodes.StatementReadOnly, status) });
    }
}
