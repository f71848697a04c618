using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Brings the collections statements of the invoice owner up to date when a payment is received, changed or deleted
/// (each payment is one transaction, so partial payments are credited as they arrive).
/// </summary>
[Step(CreateStepId, MessageNames.Create, PaymentColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Credits a payment on the invoice owner's collections statement.")]
[Step(UpdateStepId, MessageNames.Update, PaymentColumns.EntityName, PipelineStage.PostOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes collections commission when a payment changes.",
    FilteringAttributes = new[] { PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.StateCode })]
[Step(DeleteStepId, MessageNames.Delete, PaymentColumns.EntityName, PipelineStage.PreOperation, Rank = CommissionSteps.Rank,
    Description = "Recomputes collections commission without a payment that is being deleted (clawback if it was paid).")]
public sealed class PaymentCommissionPlugin : PluginBase
{
    public const string CreateStepId = "c5f3e4d6-7082-4d9c-9ea3-2f4a5b6c7d01";
    public const string UpdateStepId = "c5f3e4d6-7082-4d9c-9ea3-2f4a5b6c7d02";
    public const string DeleteStepId = "c5f3e4d6-7082-4d9c-9ea3-2f4a5b6c7d03";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var id = CommissionSteps.RowId(context, string.Empty, string.Empty);
        var removed = context.Context.MessageName == MessageNames.Delete;
        var payment = context.SystemService.Retrieve(PaymentColumns.EntityName, id, new ColumnSet(PaymentColumns.InvoiceId, PaymentColumns.PaidOn, PaymentColumns.StateCode));
        var credited = new List<CreditedUser>();
        var invoice = payment.GetAttributeValue<EntityReference>(PaymentColumns.InvoiceId);
        var paidOn = payment.GetAttributeValue<DateTime?>(PaymentColumns.PaidOn);
        if (!removed && invoice is not null && paidOn.HasValue && (payment.GetAttributeValue<OptionSetValue>(PaymentColumns.StateCode)?.Value ?? 0) == 0)
        {
            var owner = context.SystemService.Retrieve(InvoiceColumns.EntityName, invoice.Id, new ColumnSet(InvoiceColumns.OwnerId))
                .GetAttributeValue<EntityReference>(InvoiceColumns.OwnerId);
            if (owner is not null)
            {
                credited.Add(new CreditedUser(owner.Id, CalendarDate.FromDateTime(DateTime.SpecifyKind(paidOn.Value, DateTimeKind.Utc))));
            }
        }

        CommissionEvents.TransactionChanged(context, id.ToString("D"), CommissionBases.Payment, credited, removed);
    }
}
