using System;
using System.Collections.Generic;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Payments;

/// <summary>
/// The rules of an active payment (money received against an invoice), all at once: amount above 0 (SPM-PAY-001),
/// a paid-on date (006), an invoice that exists (002), is not cancelled (003) and is in the payment's currency
/// (004), and the invoice's active payments never summing to more than its total (005). A refund is not a negative
/// payment: money given back is recorded by reducing or deleting the payment (docs/domain-rules.md, "Money").
/// </summary>
public static class PaymentRules
{
    /// <param name="amount">The payment's amount in its own currency; null when empty.</param>
    /// <param name="paidOn">The day the money was received; null when empty.</param>
    /// <param name="currency">The payment's currency (code or id, compared with the invoice's).</param>
    /// <param name="invoice">The invoice, or null when the payment names none or one that does not exist.</param>
    public static IReadOnlyList<RuleViolation> Check(decimal? amount, CalendarDate? paidOn, string currency, PaymentInvoice? invoice)
    {
        var violations = new List<RuleViolation>();
        if (!(amount > 0m))
        {
            violations.Add(RuleViolation.Of(PaymentRuleCodes.AmountNotPositive, amount.HasValue ? (object)amount.Value : string.Empty));
        }

        if (!paidOn.HasValue)
        {
            violations.Add(RuleViolation.Of(PaymentRuleCodes.PaidOnMissing));
        }

        if (invoice is null)
        {
            violations.Add(RuleViolation.Of(PaymentRuleCodes.InvoiceMissing));
            return violations;
        }

        if (invoice.IsCancelled)
        {
            violations.Add(RuleViolation.Of(PaymentRuleCodes.InvoiceCancelled, invoice.Name));
        }

        if (!string.Equals(currency, invoice.Currency, StringComparison.Ordinal))
        {
            violations.Add(RuleViolation.Of(PaymentRuleCodes.CurrencyMismatch, invoice.Name, currency, invoice.Currency));
        }
        else if (amount > 0m && invoice.OtherPaymentsTotal + amount.Value > invoice.Total)
        {
            violations.Add(RuleViolation.Of(
                PaymentRuleCodes.OverInvoiceTotal,
                invoice.Name,
                invoice.OtherPaymentsTotal + amount.Value,
                invoice.Total,
                Math.Max(0m, invoice.Total - invoice.OtherPaymentsTotal)));
        }

        return violations;
    }
}
