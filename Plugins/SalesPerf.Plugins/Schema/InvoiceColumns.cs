namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and state values of <c>invoice</c> that SalesPerf reads or stamps.</summary>
public static class InvoiceColumns
{
    public const string EntityName = "invoice";
    public const string Id = "invoiceid";
    public const string OwnerId = "ownerid";
    public const string TotalAmount = "totalamount";
    public const string TotalAmountBase = "totalamount_base";
    public const string DueDate = "duedate";
    public const string ExchangeRate = "exchangerate";
    public const string Name = "name";
    public const string CurrencyId = "transactioncurrencyid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Stamped by the engine: Σ of the invoice's payments.</summary>
    public const string AmountPaid = "spm_amountpaid";

    public const int StateCanceled = 3;
}
