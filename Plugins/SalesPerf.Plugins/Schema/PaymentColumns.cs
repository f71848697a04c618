namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_payment</c>: money received against an invoice.</summary>
public static class PaymentColumns
{
    public const string EntityName = "spm_payment";
    public const string Id = "spm_paymentid";
    public const string InvoiceId = "spm_invoiceid";
    public const string Amount = "spm_amount";
    public const string AmountBase = "spm_amount_base";
    public const string PaidOn = "spm_paidon";
    public const string Name = "spm_name";
    public const string CurrencyId = "transactioncurrencyid";
    public const string StateCode = "statecode";
}
