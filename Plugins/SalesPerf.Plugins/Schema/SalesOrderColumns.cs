namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and state values of <c>salesorder</c> that SalesPerf reads or stamps.</summary>
public static class SalesOrderColumns
{
    public const string EntityName = "salesorder";
    public const string Id = "salesorderid";
    public const string OwnerId = "ownerid";
    public const string CustomerId = "customerid";
    public const string TotalAmount = "totalamount";
    public const string TotalAmountBase = "totalamount_base";
    public const string TotalLineItemAmount = "totallineitemamount";
    public const string DateFulfilled = "datefulfilled";
    public const string ExchangeRate = "exchangerate";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>Stamped by the engine: Σ line extended amount − quantity × product current cost.</summary>
    public const string GrossMargin = "spm_grossmargin";
    public const string GrossMarginBase = "spm_grossmargin_base";

    public const int StateFulfilled = 3;

    /// <summary>The FulfillSalesOrder / CancelSalesOrder input parameter that holds the order close activity.</summary>
    public const string OrderCloseParameter = "OrderClose";
}
