using System.Xml.Linq;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// One aggregate over the owners' non-cancelled invoices due (<c>duedate</c>) in the span: Σ <c>totalamount_base</c>
/// per owner and bucket, CollectionRate's denominator.
/// </summary>
public static class InvoiceDueFetch
{
    public const string Owner = "owner";
    public const string Due = "due";
    public const string Invoices = "invoices";
    public const string Amount = "amount";

    public static string Build(AggregateScope scope)
    {
        var entity = Entity(
            InvoiceColumns.EntityName,
            GroupBy(InvoiceColumns.OwnerId, Owner),
            DateBuckets.GroupBy(InvoiceColumns.DueDate, Due, scope.Grain),
            Aggregate(InvoiceColumns.Id, Invoices, "count"),
            Aggregate(InvoiceColumns.TotalAmountBase, Amount, "sum"),
            And(
                In(InvoiceColumns.OwnerId, scope.OwnerValues),
                Condition(InvoiceColumns.StateCode, "ne", InvoiceColumns.StateCanceled),
                Within(InvoiceColumns.DueDate, scope.Span)));
        return AggregateFetch(entity).ToString(SaveOptions.DisableFormatting);
    }
}
