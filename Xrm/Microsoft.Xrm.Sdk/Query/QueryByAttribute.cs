namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryByAttribute : QueryBase
{
    private ColumnSet _columnSet;
    private PagingInfo _pageInfo;

    public QueryByAttribute()
        : this(null)
    {
    }

    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    public DataCollection<string> Attributes { get; private set; }

    public DataCollection<object> Values { get; private set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    public int? TopCount { get; set; }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
