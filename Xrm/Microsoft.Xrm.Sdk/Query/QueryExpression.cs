namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryExpression : QueryBase
{
    public static readonly QueryExpression Empty = new QueryExpression();

    private ColumnSet _columnSet;
    private FilterExpression _criteria;
    private PagingInfo _pageInfo;

    public QueryExpression()
        : this(null)
    {
    }

    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet
    {
        get => _columnSet ??= new ColumnSet();
        set => _columnSet = value;
    }

    public FilterExpression Criteria
    {
        get => _criteria ??= new FilterExpression();
        set => _criteria = value;
    }

    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public PagingInfo PageInfo
    {
        get => _pageInfo ??= new PagingInfo();
        set => _pageInfo = value;
    }

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public int? TopCount { get; set; }

    public string QueryHints { get; set; }

    public string ForceSeek { get; set; }

    public string DataSource { get; set; }

    public QueryExpression SubQueryExpression { get; set; }

    public QueryExpression Accept(IQueryExpressionVisitor visitor)
    {
        return visitor.Visit(this);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
