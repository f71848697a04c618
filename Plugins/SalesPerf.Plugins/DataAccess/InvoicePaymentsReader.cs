using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.Schema;
using static SalesPerf.Plugins.DataAccess.Fetch.FetchXml;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Aggregates over one invoice's active payments: their Σ in base currency (or without one payment, in its own), and the days they were paid on.</summary>
public sealed class InvoicePaymentsReader(IOrganizationService service)
{
    private const string Total = "total";
    private const string Paid = "paid";

    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Σ <c>spm_amount_base</c> of the invoice's active payments (0 when it has none).</summary>
    public decimal TotalBase(Guid invoiceId) =>
        service.RetrieveMultiple(new FetchExpression(TotalFetch(invoiceId))).Entities.Select(e => Aliased.NumberOrZero(e, Total)).FirstOrDefault();

    /// <summary>The days with payments on the invoice (one group per day, so bounded by days, not by payments).</summary>
    public IReadOnlyList<CalendarDate> PaymentDays(Guid invoiceId) =>
        service.RetrieveMultiple(new FetchExpression(DaysFetch(invoiceId))).Entities
            .Select(e => DateBuckets.Read(e, Paid))
            .Where(d => d.HasValue)
            .Select(d => d!.Value)
            .ToArray();

    /// <summary>
    /// Σ <c>spm_amount</c> (the payments' own currency, which SPM-PAY-004 makes the invoice's) of the invoice's active
    /// payments other than <paramref name="paymentId"/> (0 when it has none).
    /// </summary>
    public decimal OtherPaymentsTotal(Guid invoiceId, Guid paymentId) =>
        service.RetrieveMultiple(new FetchExpression(OthersFetch(invoiceId, paymentId))).Entities.Select(e => Aliased.NumberOrZero(e, Total)).FirstOrDefault();

    public static string OthersFetch(Guid invoiceId, Guid paymentId) => AggregateFetch(Entity(
        PaymentColumns.EntityName,
        Aggregate(PaymentColumns.Amount, Total, "sum"),
        And(Condition(PaymentColumns.InvoiceId, "eq", invoiceId), Condition(PaymentColumns.StateCode, "eq", 0), Condition(PaymentColumns.Id, "ne", paymentId)))).ToString(SaveOptions.DisableFormatting);

    public static string TotalFetch(Guid invoiceId) => AggregateFetch(Entity(
        PaymentColumns.EntityName,
        Aggregate(PaymentColumns.AmountBase, Total, "sum"),
        And(Condition(PaymentColumns.InvoiceId, "eq", invoiceId), Condition(PaymentColumns.StateCode, "eq", 0)))).ToString(SaveOptions.DisableFormatting);

    public static string DaysFetch(Guid invoiceId) => AggregateFetch(Entity(
        PaymentColumns.EntityName,
        DateBuckets.GroupBy(PaymentColumns.PaidOn, Paid, BucketGrain.Day),
        Aggregate(PaymentColumns.Id, "payments", "count"),
        And(Condition(PaymentColumns.InvoiceId, "eq", invoiceId), Condition(PaymentColumns.StateCode, "eq", 0)))).ToString(SaveOptions.DisableFormatting);
}
