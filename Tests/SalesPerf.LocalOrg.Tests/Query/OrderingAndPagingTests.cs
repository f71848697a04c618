using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Schemas;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>Semantics doc 3.7, 8.2 "Ordering and paging".</summary>
public sealed class OrderingAndPagingTests
{
    private readonly QueryOrg org = new();

    [Fact]
    public void MultipleOrders_AppliedInSequence()
    {
        org.Rows.Add("account", ("name", "B"), ("industrycode", new OptionSetValue(2)));
        org.Rows.Add("account", ("name", "A"), ("industrycode", new OptionSetValue(2)));
        org.Rows.Add("account", ("name", "C"), ("industrycode", new OptionSetValue(1)));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("industrycode", OrderType.Ascending);
        query.AddOrder("name", OrderType.Descending);

        Assert.Equal(["C", "B", "A"], org.Run(query).Names());
    }

    [Fact]
    public void Order_Ascending_NullsFirstAndMoneyByAmount()
    {
        org.Rows.Add("account", ("name", "Ten"), ("revenue", new Money(10m)));
        org.Rows.Add("account", ("name", "None"));
        org.Rows.Add("account", ("name", "Nine"), ("revenue", new Money(9m)));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("revenue", OrderType.Ascending);

        Assert.Equal(["None", "Nine", "Ten"], org.Run(query).Names());
    }

    [Fact]
    public void PagingCookie_ThreePages_EveryRowOnceAndMoreRecordsUntilLast()
    {
        AddAccounts(12);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), PageInfo = new PagingInfo { Count = 5, PageNumber = 1 } };
        query.AddOrder("name", OrderType.Ascending);
        var seen = new List<string?>();
        var pages = new List<(int Count, bool More)>();

        while (true)
        {
            var page = org.Run(query);
            seen.AddRange(page.Names());
            pages.Add((page.Entities.Count, page.MoreRecords));
            if (!page.MoreRecords)
            {
                break;
            }

            Assert.StartsWith("<cookie page=\"" + query.PageInfo.PageNumber.ToString(CultureInfo.InvariantCulture) + "\"><accountid ", page.PagingCookie, StringComparison.Ordinal);
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        Assert.Equal([(5, true), (5, true), (2, false)], pages);
        Assert.Equal(Enumerable.Range(0, 12).Select(Name), seen);
    }

    [Fact]
    public void NoPageSize_MoreThan5000Rows_First5000WithMoreRecords()
    {
        AddAccounts(5001);

        var result = org.Run(new QueryExpression("account") { ColumnSet = new ColumnSet("name") });

        Assert.Equal(5000, result.Entities.Count);
        Assert.True(result.MoreRecords);
    }

    [Fact]
    public void PageSizeAbove5000_Faults()
    {
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5001, PageNumber = 1 } };

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void TopCount_ReturnsFirstRowsWithoutMoreRecords()
    {
        AddAccounts(10);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), TopCount = 3 };
        query.AddOrder("name", OrderType.Descending);

        var result = org.Run(query);

        Assert.Equal([Name(9), Name(8), Name(7)], result.Names());
        Assert.False(result.MoreRecords);
    }

    [Fact]
    public void TopCountWithPageInfo_Faults()
    {
        var query = new QueryExpression("account") { TopCount = 3, PageInfo = new PagingInfo { Count = 2, PageNumber = 1 } };

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void TopInFetchXmlWithCount_Faults()
    {
        const string fetch = """<fetch top="3" count="2"><entity name="account"><attribute name="name" /></entity></fetch>""";
        FetchSchema.Validate(fetch);

        Assert.Equal(-2147220989, Fault(() => org.Fetch(fetch)).ErrorCode);
    }

    [Fact]
    public void ReturnTotalRecordCount_CountsAllMatches_OtherwiseMinusOne()
    {
        AddAccounts(12);
        var query = new QueryExpression("account") { PageInfo = new PagingInfo { Count = 5, PageNumber = 1, ReturnTotalRecordCount = true } };

        Assert.Equal(12, org.Run(query).TotalRecordCount);
        Assert.Equal(-1, org.Run(new QueryExpression("account")).TotalRecordCount);
    }

    [Fact]
    public void Distinct_DuplicatesFromLinksRemoved()
    {
        var contoso = org.Rows.Add("account", ("name", "Contoso"));
        org.Rows.Add("contact", ("fullname", "Ann"), ("parentcustomerid", contoso.ToEntityReference()));
        org.Rows.Add("contact", ("fullname", "Bob"), ("parentcustomerid", contoso.ToEntityReference()));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name"), Distinct = true };
        query.AddLink("contact", "accountid", "parentcustomerid");

        Assert.Equal(["Contoso"], org.Run(query).Names());
    }

    [Fact]
    public void PagingInFetchXml_CountPageAndCookie()
    {
        AddAccounts(7);
        var first = org.Fetch("""<fetch count="4" page="1"><entity name="account"><attribute name="name" /><order attribute="name" /></entity></fetch>""");
        var cookie = System.Security.SecurityElement.Escape(first.PagingCookie);
        var second = org.Fetch($"""<fetch count="4" page="2" paging-cookie="{cookie}"><entity name="account"><attribute name="name" /><order attribute="name" /></entity></fetch>""");

        Assert.True(first.MoreRecords);
        Assert.Equal([Name(4), Name(5), Name(6)], second.Names());
        Assert.False(second.MoreRecords);
    }

    private static string Name(int i) => "Account " + i.ToString("D5", CultureInfo.InvariantCulture);

    private void AddAccounts(int count)
    {
        for (var i = 0; i < count; i++)
        {
            org.Rows.Add("account", ("name", Name(i)));
        }
    }
}
