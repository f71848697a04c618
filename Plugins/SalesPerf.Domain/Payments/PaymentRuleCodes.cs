namespace SalesPerf.Domain.Payments;

/// <summary>
/// Stable codes of payment violations (the plugin message table maps each to English and Simplified Chinese). {0} of
/// every message is the payment's name; the arguments below follow it. Codes are a contract: never renumber, only add.
/// </summary>
public static class PaymentRuleCodes
{
    /// <summary>The amount is empty, 0 or negative. Args: amount (empty when none).</summary>
    public const string AmountNotPositive = "SPM-PAY-001";

    /// <summary>The payment names no invoice, or one that does not exist. No args.</summary>
    public const string InvoiceMissing = "SPM-PAY-002";

    /// <summary>The invoice is cancelled. Args: invoice.</summary>
    public const string InvoiceCancelled = "SPM-PAY-003";

    /// <summary>The payment's currency is not the invoice's. Args: invoice, payment currency, invoice currency.</summary>
    public const string CurrencyMismatch = "SPM-PAY-004";

    /// <summary>The invoice's payments would sum to more than its total. Args: invoice, Σ with this payment, invoice total, most this payment may be.</summary>
    public const string OverInvoiceTotal = "SPM-PAY-005";

    /// <summary>The paid-on date is empty. No args.</summary>
    public const string PaidOnMissing = "SPM-PAY-006";
}
