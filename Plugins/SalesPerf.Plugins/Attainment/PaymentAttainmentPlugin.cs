using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// A payment created, changed or removed: restamps <c>invoice.spm_amountpaid</c> (Σ payments) on the old and new
/// invoice, then recomputes CollectedAmount and CollectionRate of the invoices' owners for the payment dates.
/// </summary>
[Step(CreateStepId, MessageNames.Create, PaymentColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps the invoice's amount paid and recomputes the owner's collection KPIs after a payment.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, PaymentColumns.InvoiceId, PaymentColumns.PaidOn)]
[Step(UpdateStepId, MessageNames.Update, PaymentColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps amounts paid and recomputes collection KPIs after a payment changes.",
    FilteringAttributes = new[] { PaymentColumns.InvoiceId, PaymentColumns.Amount, PaymentColumns.PaidOn, PaymentColumns.StateCode, "transactioncurrencyid" })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, PaymentColumns.InvoiceId, PaymentColumns.PaidOn)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, PaymentColumns.InvoiceId, PaymentColumns.PaidOn)]
[Step(DeleteStepId, MessageNames.Delete, PaymentColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps the invoice's amount paid and recomputes collection KPIs after a payment is removed.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, PaymentColumns.InvoiceId, PaymentColumns.PaidOn)]
public sealed class PaymentAttainmentPlugin : PluginBase
{
    public const string CreateStepId = "5e8b2f4a-3fbb-4c6d-8a36-8b4f1e5d0c12";
    public const string UpdateStepId = "8f3c5a1b-4acc-4d7e-9b47-9c5a2f6e1d13";
    public const string DeleteStepId = "2a9d6b3c-5bdd-4e8f-8c58-0d6b3a7f2e14";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var images = StepImages.Present(context, PreImageName, PostImageName);
        var dates = images.SelectMany(e => SourceChange.Dates(e, [PaymentColumns.PaidOn])).Distinct().ToArray();
        var invoices = StepImages.ReferencedIds(images, PaymentColumns.InvoiceId);
        var reader = new SourceRowReader(context.SystemService);
        var payments = new InvoicePaymentsReader(context.SystemService);
        var owners = new List<OwnerDates>();
        foreach (var invoiceId in invoices)
        {
            var invoice = reader.Retrieve(InvoiceColumns.EntityName, invoiceId, InvoiceColumns.OwnerId, InvoiceColumns.AmountPaid, InvoiceColumns.ExchangeRate);
            var paid = StampCalculator.AmountPaid(payments.TotalBase(invoiceId), invoice.GetAttributeValue<decimal?>(InvoiceColumns.ExchangeRate));
            using (context.BeginEngineWrites())
            {
                new StampWriter(context.SystemService).WriteMoney(invoice, InvoiceColumns.AmountPaid, paid);
            }

            var owner = invoice.GetAttributeValue<EntityReference>(InvoiceColumns.OwnerId);
            if (owner is not null)
            {
                owners.Add(new OwnerDates(owner.Id, dates));
            }
        }

        AttainmentRun.ForOwners(context, owners);
    }
}
