using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// One test per query-related "known pitfall of other emulators" (semantics doc 8.2, 8.3), named after the
/// pitfall; the expected values are the documented platform behaviour.
/// </summary>
public sealed class PitfallTests
{
    private readonly QueryOrg org = new();
    private readonly Entity contoso;
    private readonly Entity fabrikam;

    public PitfallTests()
    {
        contoso = org.Rows.Add("account", ("name", "Contoso"), ("numberofemployees", 10), ("revenue", new Money(100m)));
        fabrikam = org.Rows.Add("account", ("name", "Fabrikam"), ("parentaccountid", contoso.ToEntityReference()));
        org.Rows.Add("contact", ("fullname", "Ann"), ("parentcustomerid", contoso.ToEntityReference()));
        org.Rows.Add("contact", ("fullname", "Bob"), ("parentcustomerid", contoso.ToEntityReference()));
        org.Rows.Add("opportunity", ("name", "Deal"), ("parentaccountid", contoso.ToEntityReference()), ("estimatedvalue", new Money(50m)),
            ("closeprobability", 20), ("createdon", new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc)));
        org.Rows.Add("opportunity", ("name", "Open"), ("parentaccountid", fabrikam.ToEntityReference()));
    }

    [Fact] // fake-xrm-easy#256, #128
    public void Pitfall_LeftOuterJoinIgnoresLinkCriteria_CriteriaRestrictTheJoinNotTheResult()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("contact", "accountid", "parentcustomerid", JoinOperator.LeftOuter);
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");
        link.LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Ann");
        query.AddOrder("name", OrderType.Ascending);

        var result = org.Run(query);

        Assert.Equal(["Contoso", "Fabrikam"], result.Names()); // Fabrikam kept, Bob's row not joined
        Assert.Equal("Ann", result.Entities[0].Aliased("c.fullname"));
        Assert.False(result.Entities[1].Contains("c.fullname"));
    }

    [Fact] // fake-xrm-easy#237, PR #111, #551
    public void Pitfall_OnOperatorDoesNotIgnoreTime_OnMatchesTheWholeLocalDay()
    {
        var query = Where("opportunity", new ConditionExpression("createdon", ConditionOperator.On, new DateTime(2026, 4, 1, 18, 45, 0)));

        Assert.Equal(["Deal"], org.Run(query).Names());
    }

    [Fact] // fake-xrm-easy#539
    public void Pitfall_DateOperatorsUseMachineTimeZone_TodayFollowsOrganisationZoneAndInjectedClock()
    {
        // 2026-03-31T20:00Z is "today" (1 April) in China Standard Time though it is 31 March in UTC.
        Assert.Equal(["Deal"], org.Run(Where("opportunity", new ConditionExpression("createdon", ConditionOperator.Today))).Names());
        org.Now = new DateTime(2026, 4, 2, 2, 0, 0, DateTimeKind.Utc);
        Assert.Equal(["Deal"], org.Run(Where("opportunity", new ConditionExpression("createdon", ConditionOperator.Yesterday))).Names());
    }

    [Fact] // fake-xrm-easy#476; XrmMockup maps fiscal operators without evaluating them
    public void Pitfall_FiscalOperatorsMissing_BeyondInFiscalYearAllEvaluated()
    {
        ConditionExpression[] conditions =
        [
            new("createdon", ConditionOperator.InFiscalYear, 2026),
            new("createdon", ConditionOperator.ThisFiscalYear),
            new("createdon", ConditionOperator.ThisFiscalPeriod),
            new("createdon", ConditionOperator.InFiscalPeriod, 1),
            new("createdon", ConditionOperator.InFiscalPeriodAndYear, 1, 2026),
            new("createdon", ConditionOperator.InOrBeforeFiscalPeriodAndYear, 1, 2026),
            new("createdon", ConditionOperator.InOrAfterFiscalPeriodAndYear, 1, 2026),
        ];

        foreach (var condition in conditions)
        {
            Assert.Equal(["Deal"], org.Run(Where("opportunity", condition)).Names());
        }

        Assert.Empty(org.Run(Where("opportunity", new ConditionExpression("createdon", ConditionOperator.LastFiscalYear))).Entities);
    }

    [Fact] // fake-xrm-easy#39
    public void Pitfall_NullAttributeReturned_NullColumnsAbsentFromResults()
    {
        var query = Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Fabrikam"));
        query.ColumnSet = new ColumnSet("name", "revenue", "numberofemployees");

        var row = Assert.Single(org.Run(query).Entities);

        Assert.False(row.Contains("revenue"));
        Assert.False(row.Contains("numberofemployees"));
    }

    [Fact] // fake-xrm-easy#19
    public void Pitfall_LikeIsCaseSensitive_LikeAndEqualIgnoreCase()
    {
        Assert.Equal(["Contoso"], org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Like, "%NTOS%"))).Names());
        Assert.Equal(["Contoso"], org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Equal, "contoso"))).Names());
    }

    [Fact] // doc 3.2 (XrmMockup EntityMatcher: "NULL <> value is unknown")
    public void Pitfall_NotEqualMatchesNull_RowWithNullColumnExcluded()
    {
        Assert.Empty(org.Run(Where("account", new ConditionExpression("numberofemployees", ConditionOperator.NotEqual, 10))).Entities);
    }

    [Fact] // fake-xrm-easy#209
    public void Pitfall_NullValueWithGreaterThan_Faults()
    {
        var query = Where("account", new ConditionExpression("numberofemployees", ConditionOperator.GreaterThan, (object?)null!));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact] // fake-xrm-easy#547, #100
    public void Pitfall_NullHandlingLostInNestedFiltersAndLinkCriteria_StillUnknown()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var nested = query.Criteria.AddFilter(LogicalOperator.Or).AddFilter(LogicalOperator.And);
        nested.AddCondition("numberofemployees", ConditionOperator.NotIn, 99);
        var link = query.AddLink("opportunity", "accountid", "parentaccountid");
        link.LinkCriteria.AddCondition("closeprobability", ConditionOperator.NotEqual, 99);

        Assert.Equal(["Contoso"], org.Run(query).Names()); // Fabrikam's null employees and "Open"'s null probability fail
    }

    [Fact] // fake-xrm-easy#404
    public void Pitfall_QueryByAttributeNullValue_MeansIsNull()
    {
        var query = new QueryByAttribute("account") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("revenue", null);

        Assert.Equal(["Fabrikam"], org.Run(query).Names());
    }

    [Fact] // fake-xrm-easy#258, XrmUnitTest#246
    public void Pitfall_LookupConditionWithEntityReference_Faults()
    {
        var query = Where("account", new ConditionExpression("parentaccountid", ConditionOperator.Equal, contoso.ToEntityReference()));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact] // fake-xrm-easy#180, #416
    public void Pitfall_InOnLookupWithGuidArray_Matches()
    {
        var query = Where("opportunity", new ConditionExpression("parentaccountid", ConditionOperator.In, new[] { contoso.Id, fabrikam.Id }));

        Assert.Equal(2, org.Run(query).Entities.Count);
    }

    [Fact] // DynamicsValue#45
    public void Pitfall_NotInWithEmptyValue_Ignored()
    {
        Assert.Equal(2, org.Run(Where("account", new ConditionExpression("numberofemployees", ConditionOperator.NotIn, Array.Empty<object>()))).Entities.Count);
    }

    [Fact] // DynamicsValue#64
    public void Pitfall_MoneyConditionWithIntOrDecimal_Matches()
    {
        Assert.Equal(["Contoso"], org.Run(Where("account", new ConditionExpression("revenue", ConditionOperator.GreaterEqual, 100))).Names());
        Assert.Equal(["Contoso"], org.Run(Where("account", new ConditionExpression("revenue", ConditionOperator.Equal, 100m))).Names());
    }

    [Fact] // fake-xrm-easy#135, #90, PR #290
    public void Pitfall_ResultsShareReferencesWithStore_ResultsAreCopies()
    {
        var first = org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Contoso"))).Entities[0];
        first.GetAttributeValue<Money>("revenue").Value = 1m;

        Assert.Equal(100m, org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Contoso"))).Entities[0].GetAttributeValue<Money>("revenue").Value);
    }

    [Fact] // fake-xrm-easy#555, PR #369
    public void Pitfall_EntityReferenceNameMissing_NameFilledFromPrimaryName()
    {
        var row = org.Run(Where("account", new ConditionExpression("name", ConditionOperator.Equal, "Fabrikam"))).Entities[0];

        Assert.Equal("Contoso", row.GetAttributeValue<EntityReference>("parentaccountid").Name);
    }

    [Fact] // fake-xrm-easy#101, PR #198
    public void Pitfall_OnlyFirstOrderApplied_SeveralOrdersInSequenceOnUnselectedColumns()
    {
        org.Rows.Add("account", ("name", "Adatum"), ("numberofemployees", 10));
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("numberofemployees", OrderType.Descending);
        query.AddOrder("name", OrderType.Ascending);

        Assert.Equal(["Adatum", "Contoso", "Fabrikam"], org.Run(query).Names());
    }

    [Fact] // fake-xrm-easy#215
    public void Pitfall_NullsSortedLast_NullsFirstWhenAscending()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("revenue", OrderType.Ascending);

        Assert.Equal(["Fabrikam", "Contoso"], org.Run(query).Names());
    }

    [Fact] // XrmMockup#230, #130
    public void Pitfall_DistinctKeepsDuplicatesFromLinks_DistinctRemovesThem()
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.AddLink("contact", "accountid", "parentcustomerid");

        Assert.Equal(2, org.Run(query).Entities.Count); // one row per match
        query.Distinct = true;
        Assert.Equal(["Contoso"], org.Run(query).Names());
    }

    [Fact] // fake-xrm-easy#191, #194
    public void Pitfall_NestedAndSeveralInnerLinks_AllRequired()
    {
        var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("name") };
        var account = query.AddLink("account", "parentaccountid", "accountid");
        account.AddLink("contact", "accountid", "parentcustomerid").LinkCriteria.AddCondition("fullname", ConditionOperator.Equal, "Ann");
        query.AddLink("account", "parentaccountid", "accountid").LinkCriteria.AddCondition("numberofemployees", ConditionOperator.Equal, 10);

        Assert.Equal(["Deal"], org.Run(query).Names());
    }

    [Fact] // fake-xrm-easy#415
    public void Pitfall_AddLinkArgumentOrder_FromIsParentColumnToIsLinkedColumn()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink("account", "parentcustomerid", "accountid");
        link.EntityAlias = "a";
        link.Columns = new ColumnSet("name");

        Assert.All(org.Run(query).Entities, e => Assert.Equal("Contoso", e.Aliased("a.name")));
    }

    [Fact] // XrmMockup#280, DynamicsValue#141, #202
    public void Pitfall_AnyNotAnyExistsJoinsSilentlyWrong_ThrowNotSupported()
    {
        foreach (var join in new[] { JoinOperator.Any, JoinOperator.NotAny, JoinOperator.Exists, JoinOperator.In, JoinOperator.All, JoinOperator.NotAll })
        {
            var query = new QueryExpression("account");
            query.AddLink("contact", "accountid", "parentcustomerid", join);
            Assert.Throws<NotSupportedException>(() => org.Run(query));
        }
    }

    [Fact] // DynamicsValue#48
    public void Pitfall_GroupByColumnsNotReturned_GroupByAliasesReturned()
    {
        var rows = org.Fetch("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="name" alias="account" groupby="true" />
                <attribute name="accountid" alias="rows" aggregate="count" />
              </entity>
            </fetch>
            """).Entities;

        Assert.Equal(["Contoso", "Fabrikam"], rows.Select(e => (string?)e.Aliased("account")));
    }

    [Fact] // fake-xrm-easy#383, #482
    public void Pitfall_GroupByLookupReturnsGuid_ReturnsEntityReference()
    {
        var row = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="parentaccountid" alias="account" groupby="true" />
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <order alias="account" />
              </entity>
            </fetch>
            """).Entities[0];

        Assert.Equal(new EntityReference("account", contoso.Id), row.Aliased("account"));
    }

    [Fact] // fake-xrm-easy#392, PR #393, #545
    public void Pitfall_AggregateOverLinkedColumnAndOuterJoin_Supported()
    {
        var rows = org.Fetch("""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="name" alias="account" groupby="true" />
                <order alias="account" />
                <link-entity name="contact" from="parentcustomerid" to="accountid" alias="c" link-type="outer">
                  <attribute name="contactid" alias="contacts" aggregate="countcolumn" />
                </link-entity>
              </entity>
            </fetch>
            """).Entities;

        Assert.Equal([2, 0], rows.Select(e => (int)e.Aliased("contacts")!));
    }

    [Fact] // fake-xrm-easy#355
    public void Pitfall_MinMaxAvgCountNulls_NullsIgnored()
    {
        var row = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="closeprobability" alias="low" aggregate="min" />
                <attribute name="closeprobability" alias="high" aggregate="max" />
                <attribute name="closeprobability" alias="average" aggregate="avg" />
              </entity>
            </fetch>
            """).Entities[0];

        Assert.Equal(20, row.Aliased("low"));
        Assert.Equal(20, row.Aliased("high"));
        Assert.Equal(20m, row.Aliased("average"));
    }

    [Fact] // fake-xrm-easy PR #167
    public void Pitfall_EmptyAggregateReturnsNoRow_ReturnsOneRowWithAliases()
    {
        var rows = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <attribute name="estimatedvalue" alias="total" aggregate="sum" />
                <filter><condition attribute="name" operator="eq" value="none" /></filter>
              </entity>
            </fetch>
            """).Entities;

        var row = Assert.Single(rows);
        Assert.Equal(0, row.Aliased("rows"));
        Assert.True(row.Contains("total"));
    }

    [Fact] // FakeXrmEasy returns double for integer averages
    public void Pitfall_IntegerAverageIsDouble_IsDecimal()
    {
        var row = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="closeprobability" alias="average" aggregate="avg" />
              </entity>
            </fetch>
            """).Entities[0];

        Assert.IsType<decimal>(row.Aliased("average"));
    }

    [Fact] // FakeXrmEasy lacks fiscal date grouping
    public void Pitfall_FiscalDateGroupingMissing_FiscalPeriodAndYearGrouped()
    {
        var row = org.Fetch("""
            <fetch aggregate="true">
              <entity name="opportunity">
                <attribute name="createdon" alias="period" groupby="true" dategrouping="fiscal-period" />
                <attribute name="createdon" alias="year" groupby="true" dategrouping="fiscal-year" />
                <attribute name="opportunityid" alias="rows" aggregate="count" />
                <filter><condition attribute="createdon" operator="not-null" /></filter>
              </entity>
            </fetch>
            """).Entities.Single();

        Assert.Equal("Quarter 1 FY2026", row.Aliased("period"));
        Assert.Equal("FY2026", row.Aliased("year"));
    }

    [Fact] // DynamicsValue#192
    public void Pitfall_QueryExpressionAggregatesIgnored_RoutedThroughTheAggregator()
    {
        var query = new QueryExpression("opportunity");
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression("parentaccountid", XrmAggregateType.None, "account") { HasGroupBy = true });
        query.ColumnSet.AttributeExpressions.Add(new XrmAttributeExpression("estimatedvalue", XrmAggregateType.Sum, "total"));
        query.Orders.Add(new OrderExpression(null, OrderType.Descending, "total"));

        var rows = org.Run(query).Entities;

        Assert.Equal(new Money(50m), rows[0].Aliased("total"));
        Assert.Equal(2, rows.Count);
    }

    [Fact] // DynamicsValue#45: tools write extra attributes
    public void Pitfall_ExtraAttributesFromToolsRejected_Tolerated()
    {
        var result = org.Fetch("""
            <fetch version="1.0" output-format="xml-platform" mapping="logical" distinct="false">
              <entity name="account">
                <attribute name="name" build="1.504021" addedby="tool" />
                <filter type="and" isquickfindfields="false">
                  <condition attribute="name" operator="eq" value="Contoso" uiname="Contoso" uitype="account" uihidden="0" />
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Contoso"], result.Names());
    }
}
