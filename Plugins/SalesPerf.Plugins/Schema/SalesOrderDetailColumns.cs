namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>salesorderdetail</c> (an order line).</summary>
public static class SalesOrderDetailColumns
{
    public const string EntityName = "salesorderdetail";
    public const string Id = "salesorderdetailid";
    public const string SalesOrderId = "salesorderid";
    public const string ProductId = "productid";
    public const string Quantity = "quantity";
    public const string ExtendedAmount = "extendedamount";
}
