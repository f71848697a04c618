using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// An order line added, changed or removed: restamps <c>salesorder.spm_grossmargin</c> (Σ line amount − quantity ×
/// product current cost) in one read and at most one write. When the order is fulfilled, the margin's Update runs
/// <see cref="SalesOrderAttainmentPlugin"/>, which recomputes the owner's margin KPIs.
/// </summary>
[Step(CreateStepId, MessageNames.Create, SalesOrderDetailColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps the order's gross margin after a line is added.")]
[StepImage(CreateStepId, ImageType.PostImage, PostImageName, SalesOrderDetailColumns.SalesOrderId)]
[Step(UpdateStepId, MessageNames.Update, SalesOrderDetailColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps the order's gross margin after a line's quantity, product or amount changes.",
    FilteringAttributes = new[]
    {
        SalesOrderDetailColumns.Quantity, SalesOrderDetailColumns.ProductId, SalesOrderDetailColumns.ExtendedAmount,
        "priceperunit", "manualdiscountamount", "tax", SalesOrderDetailColumns.SalesOrderId,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, SalesOrderDetailColumns.SalesOrderId)]
[StepImage(UpdateStepId, ImageType.PostImage, PostImageName, SalesOrderDetailColumns.SalesOrderId)]
[Step(DeleteStepId, MessageNames.Delete, SalesOrderDetailColumns.EntityName, PipelineStage.PostOperation,
    Description = "Restamps the order's gross margin after a line is removed.")]
[StepImage(DeleteStepId, ImageType.PreImage, PreImageName, SalesOrderDetailColumns.SalesOrderId)]
public sealed class SalesOrderLinePlugin : PluginBase
{
    public const string CreateStepId = "6f8c0d9e-5a88-4d9e-9b03-1c7a4f8e3d25";
    public const string UpdateStepId = "9a0d2e1f-6b99-4eaf-8c14-2d8b5a9f4e26";
    public const string DeleteStepId = "3b2e4f3a-7caa-4fb0-9d25-3e9c6b0a5f27";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var orders = new[] { context.PreImage(PreImageName), context.PostImage(PostImageName) }
            .Select(e => e?.GetAttributeValue<EntityReference>(SalesOrderDetailColumns.SalesOrderId)?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToArray();
        var reader = new OrderLinesReader(context.SystemService);
        foreach (var orderId in orders)
        {
            var inputs = reader.Read(orderId);
            var order = inputs.Order;
            var lines = inputs.Lines;
            if (order is null)
            {
                context.Trace("Order {0:D} no longer exists.", orderId);
                continue;
            }

            var margin = StampCalculator.GrossMargin(lines, order.GetAttributeValue<decimal?>(SalesOrderColumns.ExchangeRate));
            using (context.BeginEngineWrites())
            {
                if (new StampWriter(context.SystemService).WriteMoney(order, SalesOrderColumns.GrossMargin, margin))
                {
                    context.Trace("Order {0:D}: gross margin {1}.", orderId, margin);
                }
            }
        }
    }
}
