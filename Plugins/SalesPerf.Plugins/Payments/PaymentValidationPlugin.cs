using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Payments;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Payments;

/// <summary>
/// Validates a payment as it will be after a Create, an Update, a reactivation (SetState, SetStateDynamicEntity or an
/// Update of statecode) or a change of invoice, amount, date or currency (<see cref="PaymentRules"/>: SPM-PAY-001…006),
/// naming the payment, before anything is written. Only the payment and its invoice are read: no configuration can
/// make a payment fail. An inactive payment counts nowhere and is not checked; deleting or deactivating a payment
/// can only lower an invoice's Σ, so those are always allowed. A new payment without a currency takes its invoice's.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PaymentColumns.EntityName, PipelineStage.PreOperation,
    Description = "Validates a new payment (amount, paid-on date, invoice, currency, not more than the invoice total).")]
[Step(UpdateStepId, MessageNames.Update, PaymentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Validates a changed or reactivated payment.",
    FilteringAttributes = new[] { PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.CurrencyId, PaymentColumns.StateCode })]
[StepImage(UpdateStepId, ImageType.PreImage, ImageName,
    PaymentColumns.Name, PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.CurrencyId, PaymentColumns.StateCode)]
[Step(SetStateStepId, MessageNames.SetState, PaymentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Validates a payment that is reactivated.")]
[StepImage(SetStateStepId, ImageType.PreImage, ImageName,
    PaymentColumns.Name, PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.CurrencyId, PaymentColumns.StateCode)]
[Step(SetStateDynamicStepId, MessageNames.SetStateDynamicEntity, PaymentColumns.EntityName, PipelineStage.PreOperation, Nesting = StepNesting.StandsAsideInsideStateChange,
    Description = "Validates a payment that is reactivated.")]
[StepImage(SetStateDynamicStepId, ImageType.PreImage, ImageName,
    PaymentColumns.Name, PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.CurrencyId, PaymentColumns.StateCode)]
public sealed class PaymentValidationPlugin : PluginBase
{
    public const string CreateStepId = "3d7e1a52-6c4b-4f0e-9a21-7b5c8d9e0f01";
    public const string UpdateStepId = "3d7e1a52-6c4b-4f0e-9a21-7b5c8d9e0f02";
    public const string SetStateStepId = "3d7e1a52-6c4b-4f0e-9a21-7b5c8d9e0f03";
    public const string SetStateDynamicStepId = "3d7e1a52-6c4b-4f0e-9a21-7b5c8d9e0f04";
    public const string ImageName = "PreImage";

    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var payment = Resulting(context);
        if ((payment.GetAttributeValue<OptionSetValue>(PaymentColumns.StateCode)?.Value ?? 0) != 0)
        {
            return;
        }

        var invoice = ReadInvoice(context.SystemService, payment.GetAttributeValue<EntityReference>(PaymentColumns.InvoiceId));
        var invoiceCurrency = invoice?.GetAttributeValue<EntityReference>(InvoiceColumns.CurrencyId);
        if (context.Context.MessageName == MessageNames.Create && !payment.Contains(PaymentColumns.CurrencyId) && invoiceCurrency is not null)
        {
            context.TargetEntity![PaymentColumns.CurrencyId] = new EntityReference(invoiceCurrency.LogicalName, invoiceCurrency.Id);
            payment[PaymentColumns.CurrencyId] = context.TargetEntity[PaymentColumns.CurrencyId];
        }

        var paymentCurrency = payment.GetAttributeValue<EntityReference>(PaymentColumns.CurrencyId);
        var sameCurrency = paymentCurrency?.Id == invoiceCurrency?.Id;
        var facts = invoice is null
            ? null
            : new PaymentInvoice(
                invoice.GetAttributeValue<string>(InvoiceColumns.Name) ?? "-",
                (invoice.GetAttributeValue<OptionSetValue>(InvoiceColumns.StateCode)?.Value ?? 0) == InvoiceColumns.StateCanceled,
                sameCurrency ? string.Empty : CurrencyCode(context.SystemService, invoiceCurrency),
                RowMerge.Money(invoice, InvoiceColumns.TotalAmount) ?? 0m,
                new InvoicePaymentsReader(context.SystemService).OtherPaymentsTotal(invoice.Id, payment.Id));
        var paidOn = payment.GetAttributeValue<DateTime?>(PaymentColumns.PaidOn);
        var violations = PaymentRules.Check(
            RowMerge.Money(payment, PaymentColumns.Amount),
            paidOn.HasValue ? CalendarDate.FromDateTime(paidOn.Value) : null,
            sameCurrency ? string.Empty : CurrencyCode(context.SystemService, paymentCurrency),
            facts);
        if (violations.Count > 0)
        {
            throw context.RuleError(payment.GetAttributeValue<string>(PaymentColumns.Name) ?? "-", violations);
        }
    }

    /// <summary>The payment as it will be: the Target on Create, the pre-image overlaid with the Target or the new state.</summary>
    private static Entity Resulting(LocalPluginContext context)
    {
        var message = context.Context.MessageName;
        if (message == MessageNames.Create)
        {
            return RowMerge.Of(null, context.TargetEntity, PaymentColumns.EntityName);
        }

        var row = RowMerge.Of(context.PreImage(ImageName), context.TargetEntity, PaymentColumns.EntityName);
        if (message is MessageNames.SetState or MessageNames.SetStateDynamicEntity)
        {
            row[PaymentColumns.StateCode] = new OptionSetValue(SetStateInput.Read(context.Context).State);
        }

        return row;
    }

    /// <summary>The invoice, or null when the payment names none or one that does not exist (a query, so no fault).</summary>
    private static Entity? ReadInvoice(IOrganizationService service, EntityReference? invoice)
    {
        if (invoice is null)
        {
            return null;
        }

        var query = new QueryExpression(InvoiceColumns.EntityName)
        {
            ColumnSet = new ColumnSet(InvoiceColumns.Name, InvoiceColumns.StateCode, InvoiceColumns.TotalAmount, InvoiceColumns.CurrencyId),
            TopCount = 1,
        };
        query.Criteria.AddCondition(InvoiceColumns.Id, ConditionOperator.Equal, invoice.Id);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    /// <summary>The currency's ISO code, read only when the payment's and the invoice's currencies differ.</summary>
    private static string CurrencyCode(IOrganizationService service, EntityReference? currency) =>
        currency is null
            ? "-"
            : service.Retrieve(currency.LogicalName, currency.Id, new ColumnSet("isocurrencycode")).GetAttributeValue<string>("isocurrencycode") ?? "-";
}
