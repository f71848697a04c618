namespace SalesPerf.Domain.Payments;

/// <summary>
/// What a payment is checked against: its invoice, and the Σ of the invoice's other active payments, all in the
/// invoice's currency (<paramref name="Currency"/> is a currency's code or id; only equality matters).
/// </summary>
public sealed record PaymentInvoice(string Name, bool IsCancelled, string Currency, decimal Total, decimal OtherPaymentsTotal);
