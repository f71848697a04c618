using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>QueryByAttribute: Attributes/Values as equal conditions, orders, columns, top, paging.</summary>
public sealed class QueryByAttributeTests
{
    private readonly QueryOrg org = new();

    public QueryByAttributeTests()
    {
        org.Rows.Add("account", ("name", "A"), ("industrycode", new OptionSetValue(1)), ("numberofemployees", 5));
        org.Rows.Add("account", ("name", "B"), ("industrycode", new OptionSetValue(1)));
        org.Rows.Add("account", ("name", "C"), ("industrycode", new OptionSetValue(2)), ("numberofemployees", 5));
    }

    [Fact]
    public void AttributesAndValues_AllMustMatch()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("industrycode", 1);
        query.AddAttributeValue("numberofemployees", 5);

        Assert.Equal(["A"], org.Run(query).Names());
    }

    [Fact]
    public void NullValue_MeansIsNull()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("numberofemployees", null);

        Assert.Equal(["B"], org.Run(query).Names());
    }

    [Fact]
    public void OrdersAndTopCount_Applied()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name"), TopCount = 2 };
        query.AddAttributeValue("numberofemployees", 5);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(["C", "A"], org.Run(query).Names());
    }

    [Fact]
    public void PageInfo_Applied()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 1, PageNumber = 2 } };
        query.AddAttributeValue("industrycode", 1);
        query.AddOrder("name", OrderType.Ascending);

        var result = org.Run(query);

        Assert.Equal(["B"], result.Names());
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void AttributeValueCountMismatch_Faults()
    {
        var query = new QueryByAttribute("account");
        query.Attributes.Add("name");

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }
}
