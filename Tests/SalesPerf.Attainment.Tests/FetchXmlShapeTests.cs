using System;
using System.Linq;
using System.Xml.Linq;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;

namespace SalesPerf.Attainment.Tests;

/// <summary>Every query the attainment engine sends is valid against Fetch.xsd and carries the filters it must.</summary>
public sealed class FetchXmlShapeTests
{
    private static readonly Guid Owner = new("11111111-1111-1111-1111-111111111111");
    private static readonly DateRange Q1 = DateRange.Of(CalendarDate.Create(2026, 1, 1), CalendarDate.Create(2026, 3, 31));

    private static AggregateScope Scope(KpiFilter? filter = null, BucketGrain grain = BucketGrain.Month) =>
        new([Owner], Q1, grain, filter ?? KpiFilter.None);

    public static TheoryData<string, string> Queries() => new()
    {
        { "opportunity activity", OpportunityActivityFetch.Build(Scope()) },
        { "deal splits", DealSplitFetch.Build(Scope()) },
        { "sales orders", SalesOrderFetch.Build(Scope()) },
        { "payments", PaymentFetch.Build(Scope()) },
        { "invoices due", InvoiceDueFetch.Build(Scope()) },
        { "repeat customers", RepeatCustomerFetch.Build(Scope(grain: BucketGrain.Day)) },
        { "targets by owner and date", TargetFetch.ForOwnersOn([Owner], [CalendarDate.Create(2026, 2, 10), CalendarDate.Create(2026, 3, 5)]) },
        { "targets by id", TargetFetch.ForIds([Owner]) },
        { "children totals of parents", ChildTargetFetch.Build([Owner]) },
        { "a period's targets, one slice page", Paging.Page(TargetFetch.ForPeriod(Owner, Owner), 200, 2, null) },
        { "scorecards", ScorecardFetch.ForIds([Owner]) },
        { "customer's other wins", OpportunityReader.OtherWinsFetch(Owner, Owner) },
        { "invoice payments total", InvoicePaymentsReader.TotalFetch(Owner) },
        { "invoice payment days", InvoicePaymentsReader.DaysFetch(Owner) },
        { "order lines", OrderLinesReader.Fetch(Owner) },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Query_AsBuilt_ValidAgainstFetchXsd(string name, string fetchXml)
    {
        Assert.True(FetchSchema.Errors(fetchXml).Count == 0, name + ": " + string.Join("; ", FetchSchema.Errors(fetchXml)));
    }

    [Fact]
    public void OpportunityActivity_Month_GroupsByOwnerStateAndMonthWithinTheSpan()
    {
        var fetch = XElement.Parse(OpportunityActivityFetch.Build(Scope()));

        Assert.Equal("true", (string?)fetch.Attribute("aggregate"));
        var attributes = fetch.Descendants("attribute").ToArray();
        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "ownerid" && (string?)a.Attribute("groupby") == "true");
        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "actualclosedate" && (string?)a.Attribute("dategrouping") == "month");
        Assert.Contains(attributes, a => (string?)a.Attribute("name") == "actualvalue_base" && (string?)a.Attribute("aggregate") == "sum");
        Assert.DoesNotContain(attributes, a => (string?)a.Attribute("dategrouping") == "day");
        var conditions = fetch.Descendants("condition").ToArray();
        Assert.Contains(conditions, c => (string?)c.Attribute("attribute") == "actualclosedate" && (string?)c.Attribute("operator") == "on-or-after" && (string?)c.Attribute("value") == "2026-01-01");
        Assert.Contains(conditions, c => (string?)c.Attribute("attribute") == "actualclosedate" && (string?)c.Attribute("operator") == "on-or-before" && (string?)c.Attribute("value") == "2026-03-31");
        Assert.Contains(conditions, c => (string?)c.Attribute("attribute") == "ownerid" && c.Elements("value").Single().Value == Owner.ToString("D"));
        Assert.Contains(conditions, c => (string?)c.Attribute("attribute") == "statecode" && c.Elements("value").Select(v => v.Value).SequenceEqual(["1", "2"]));
    }

    [Fact]
    public void OpportunityActivity_KpiFilter_MergedIntoTheEntity()
    {
        var filter = KpiFilter.Parse("<filter><condition attribute=\"name\" operator=\"like\" value=\"%Cloud%\"/></filter>");

        var fetch = XElement.Parse(OpportunityActivityFetch.Build(Scope(filter)));

        var entityFilters = fetch.Element("entity")!.Elements("filter").ToArray();
        Assert.Equal(2, entityFilters.Length);
        Assert.Contains(entityFilters, f => f.Descendants("condition").Any(c => (string?)c.Attribute("value") == "%Cloud%"));
    }

    [Fact]
    public void DealSplit_Owners_MatchSplitUserOrOpportunityOwner()
    {
        var fetch = XElement.Parse(DealSplitFetch.Build(Scope()));

        var or = fetch.Element("entity")!.Descendants("filter").Single(f => (string?)f.Attribute("type") == "or");
        Assert.Contains(or.Elements("condition"), c => (string?)c.Attribute("attribute") == "spm_userid");
        Assert.Contains(or.Elements("condition"), c => (string?)c.Attribute("entityname") == "opp" && (string?)c.Attribute("attribute") == "ownerid");
        var link = fetch.Descendants("link-entity").Single();
        Assert.Contains(link.Descendants("condition"), c => (string?)c.Attribute("attribute") == "statecode" && (string?)c.Attribute("value") == "1");
    }

    [Fact]
    public void TargetsByOwner_TwoDates_PeriodMustContainOneOfThem()
    {
        var fetch = XElement.Parse(TargetFetch.ForOwnersOn([Owner], [CalendarDate.Create(2026, 2, 10), CalendarDate.Create(2026, 3, 5)]));

        var period = fetch.Descendants("link-entity").Single(l => (string?)l.Attribute("alias") == "p");
        var alternatives = period.Element("filter")!.Elements("filter").ToArray();
        Assert.Equal(2, alternatives.Length);
        Assert.Contains(fetch.Element("entity")!.Element("filter")!.Elements("condition"), c => (string?)c.Attribute("attribute") == "statecode" && (string?)c.Attribute("value") == "0");
    }

    [Fact]
    public void KpiFilter_NotAFilterElement_Rejected()
    {
        Assert.Throws<FormatException>(() => KpiFilter.Parse("<condition attribute=\"name\" operator=\"eq\" value=\"x\"/>"));
        Assert.Throws<FormatException>(() => KpiFilter.Parse("<filter>"));
        Assert.True(KpiFilter.Parse("  ").IsEmpty);
    }

    [Fact]
    public void DateBuckets_PeriodNotMonthAligned_GroupsByDay()
    {
        var aligned = DateBuckets.GrainFor([Q1]);
        var ragged = DateBuckets.GrainFor([Q1, DateRange.Of(CalendarDate.Create(2026, 1, 15), CalendarDate.Create(2026, 2, 14))]);

        Assert.Equal(BucketGrain.Month, aligned);
        Assert.Equal(BucketGrain.Day, ragged);
    }
}
