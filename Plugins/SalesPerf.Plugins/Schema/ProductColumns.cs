namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>product</c> that SalesPerf reads.</summary>
public static class ProductColumns
{
    public const string EntityName = "product";
    public const string Id = "productid";
    public const string CurrentCost = "currentcost";
    public const string CurrentCostBase = "currentcost_base";
}
