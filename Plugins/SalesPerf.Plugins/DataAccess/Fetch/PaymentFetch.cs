using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over active payments received (<c>spm_paidon</c>) in the span on invoices owned by the owners:
/// Σ <c>spm_amount_base</c> per invoice owner and bucket (CollectedAmount, and CollectionRate's numerator).
/// </summary>
public static class PaymentFetch
{
    public const string InvoiceAlias = "inv";
    public const string Owner = "owner";
    public const string Paid = "paid";
    public const string Payments = "payments";
    public const string Amount = "amount";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            PaymentColumns.EntityName,
            DateBuckets.GroupBy(PaymentColumns.PaidOn, Paid, scope.Grain),
            Aggregate(PaymentColumns.Id, Payments, "count"),
            Aggregate(PaymentColumns.AmountBase, Amount, "sum"),
            And(
                Condition(PaymentColumns.StateCode, "eq", 0),
                Within(PaymentColumns.PaidOn, scope.Span)),
            scope.Filter.CopyElement(),
            Link(
                InvoiceColumns.EntityName,
                InvoiceColumns.Id,
                PaymentColumns.InvoiceId,
                InvoiceAlias,
                "inner",
                GroupBy(InvoiceColumns.OwnerId, Owner),
                And(In(InvoiceColumns.OwnerId, scope.OwnerValues))));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
