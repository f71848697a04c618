using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Refuses a user's write to a column only the engine writes (<see cref="EngineColumns"/>): a scorecard's weighted
/// score, rank and calculation time, the stamps on opportunities, orders and invoices, and a lead's close date (SPM-CMP-001). The engine's
/// own writes pass (<see cref="ContextMarks.IsEngineWrite"/>); so do migrations that bypass custom plug-ins, as on the platform.
/// On Create a column holding the platform's own default (the platform puts it in Target before the first stage) is
/// not a write (<see cref="EngineColumns.FirstWrittenOnCreate"/>).
/// </summary>
[Step(ScorecardCreateStepId, MessageNames.Create, ScorecardColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses computed scorecard columns on create.")]
[Step(ScorecardUpdateStepId, MessageNames.Update, ScorecardColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to computed scorecard columns.",
    FilteringAttributes = new[]
    {
        ScorecardColumns.WeightedScore, ScorecardColumns.Rank, ScorecardColumns.LastCalculatedOn,
        ScorecardColumns.RecalculationNeeded, ScorecardColumns.RecalculationReason,
    })]
[Step(OpportunityCreateStepId, MessageNames.Create, OpportunityColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses engine-stamped opportunity columns on create.")]
[Step(OpportunityUpdateStepId, MessageNames.Update, OpportunityColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to engine-stamped opportunity columns.",
    FilteringAttributes = new[] { OpportunityColumns.SalesCycleDays, OpportunityColumns.IsNewCustomer })]
[Step(SalesOrderCreateStepId, MessageNames.Create, SalesOrderColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses the engine-stamped gross margin on create.")]
[Step(SalesOrderUpdateStepId, MessageNames.Update, SalesOrderColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to the engine-stamped gross margin.",
    FilteringAttributes = new[] { SalesOrderColumns.GrossMargin })]
[Step(InvoiceCreateStepId, MessageNames.Create, InvoiceColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses the engine-stamped amount paid on create.")]
[Step(InvoiceUpdateStepId, MessageNames.Update, InvoiceColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to the engine-stamped amount paid.",
    FilteringAttributes = new[] { InvoiceColumns.AmountPaid })]
[Step(LeadCreateStepId, MessageNames.Create, LeadColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses the engine-stamped lead close date on create.")]
[Step(LeadUpdateStepId, MessageNames.Update, LeadColumns.EntityName, PipelineStage.PreOperation,
    Description = "Refuses user writes to the engine-stamped lead close date.",
    FilteringAttributes = new[] { LeadColumns.ClosedOn })]
public sealed class EngineColumnGuardPlugin : PluginBase
{
    public const string ScorecardCreateStepId = "7b85355f-1dab-4c75-91d4-07bcf9aa3ddb";
    public const string ScorecardUpdateStepId = "8e10b34b-1583-49c4-8ab8-a977ccad0fe4";
    public const string OpportunityCreateStepId = "4d674f5d-b2a7-47a7-bb20-d92abcc21832";
    public const string OpportunityUpdateStepId = "54b88fa4-6258-40fa-9a79-7b03729d7452";
    public const string SalesOrderCreateStepId = "8eb89a73-fb1e-4569-b31a-801e654bdd16";
    public const string SalesOrderUpdateStepId = "9b08cab8-7b15-42b1-b943-f3591c8c3965";
    public const string InvoiceCreateStepId = "faeda446-c657-40f1-9d49-2a7ebca7474a";
    public const string InvoiceUpdateStepId = "82cc156b-6a35-4911-9221-0f6b0e2817a6";
    public const string LeadCreateStepId = "49762242-a44e-4511-b984-a1a4acbcaa22";
    public const string LeadUpdateStepId = "0fcd5cf0-2e6c-4dd5-a449-92c4dfbf66a5";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rule.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var column = context.Context.MessageName == MessageNames.Create
            ? EngineColumns.FirstWrittenOnCreate(target)
            : EngineColumns.FirstWritten(target.LogicalName, target.Attributes.Keys);
        if (column is null || context.IsEngineWrite)
        {
            return;
        }

        throw context.BusinessError(BusinessMessages.ComputedColumn, RecordName(context, target), target.LogicalName, column);
    }

    /// <summary>The row's name: from the Target on create, else read once (only on the way to a fault).</summary>
    private static string RecordName(LocalPluginContext context, Entity target)
    {
        var nameColumn = EngineColumns.NameColumn(target.LogicalName);
        var name = target.GetAttributeValue<string>(nameColumn);
        if (name is null && target.Id != Guid.Empty && context.Context.MessageName == MessageNames.Update)
        {
            name = context.SystemService.Retrieve(target.LogicalName, target.Id, new ColumnSet(nameColumn)).GetAttributeValue<string>(nameColumn);
        }

        return name ?? target.Id.ToString("D");
    }
}
