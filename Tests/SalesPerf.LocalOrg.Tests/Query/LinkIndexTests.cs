using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// Issue 16 item 4: a query whose narrowing condition sits on a linked table (order lines through their order's owner)
/// reads the linked rows holding the condition's values and then only the root rows that join them, so its cost follows
/// the rows it touches, not the organisation's size. Results and order are those of a full scan; a condition that does
/// not restrict the root (an outer link's own criteria, an or) narrows nothing.
/// </summary>
public sealed class LinkIndexTests
{
    private const int MyAccounts = 5;
    private const int ContactsPerAccount = 2;
    private const int Mine = MyAccounts * ContactsPerAccount;

    [Theory]
    [InlineData(100)]
    [InlineData(2_000)]
    public void InnerLinkCriteria_OnTheLinkedOwner_ExamineTheOwnersRowsOnly_AtAnyOrganisationSize(int others)
    {
        var (org, user) = Organization(others);
        var query = ContactsOfAccountsOwnedBy(user, JoinOperator.Inner, inLinkCriteria: true);

        var examined = Examined(org, query, out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.Equal(0, examined.Scans);
        // The owner's accounts (index on ownerid), their contacts (index on parentcustomerid), each account once more to join.
        Assert.Equal(MyAccounts + Mine + MyAccounts, examined.Rows);
    }

    [Fact]
    public void InnerLinkCriteria_SameRowsInSameOrderAsAFullScan()
    {
        var (org, user) = Organization(60);
        var narrowed = ContactsOfAccountsOwnedBy(user, JoinOperator.Inner, inLinkCriteria: true);
        var scanned = ContactsOfAccountsOwnedBy(user, JoinOperator.Inner, inLinkCriteria: true);
        var link = scanned.LinkEntities[0];
        link.LinkCriteria = new FilterExpression(LogicalOperator.Or) { Conditions = { new ConditionExpression("ownerid", ConditionOperator.Equal, user) } };

        var a = Examined(org, narrowed, out var fromIndex);
        var b = Examined(org, scanned, out var fromScan);

        Assert.Equal(fromScan.Entities.Select(e => e.Id), fromIndex.Entities.Select(e => e.Id));
        Assert.Equal(Mine, fromIndex.Entities.Count);
        Assert.Equal(0, a.Scans);
        Assert.Equal(1, b.Scans);
    }

    [Fact]
    public void RootCriteria_OnAnOuterLinksAlias_NarrowTheRoot_AndKeepTheScansResult()
    {
        var (org, user) = Organization(300);
        var narrowed = ContactsOfAccountsOwnedBy(user, JoinOperator.LeftOuter, inLinkCriteria: false);

        var examined = Examined(org, narrowed, out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.All(result.Entities, e => Assert.StartsWith("mine", e.GetAttributeValue<string>("lastname"), StringComparison.Ordinal));
        Assert.Equal(0, examined.Scans);
    }

    [Fact]
    public void OuterLinkCriteria_DoNotRestrictTheRoot_EveryContactComesBack()
    {
        var (org, user) = Organization(40);
        var query = ContactsOfAccountsOwnedBy(user, JoinOperator.LeftOuter, inLinkCriteria: true);

        var examined = Examined(org, query, out var result);

        Assert.Equal(40 + Mine, result.Entities.Count);
        Assert.Equal(1, examined.Scans);
        Assert.Equal(Mine, result.Entities.Count(e => e.Contains("a.name")));
    }

    [Fact]
    public void NestedInnerLinks_NarrowFromTheDeepestCondition()
    {
        var (org, user) = Organization(500);
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var account = query.AddLink("account", "parentcustomerid", "accountid");
        account.EntityAlias = "a";
        var owner = account.AddLink("systemuser", "ownerid", "systemuserid");
        owner.EntityAlias = "u";
        owner.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, user);

        var examined = Examined(org, query, out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.Equal(0, examined.Scans);
        Assert.True(examined.Rows < 40, $"examined {examined.Rows} rows");
    }

    [Fact]
    public void AggregateThroughALink_GroupsOnlyTheOwnersRows()
    {
        var (org, user) = Organization(1_000);
        var fetch = $"""
            <fetch aggregate="true">
              <entity name="contact">
                <attribute name="contactid" alias="n" aggregate="count" />
                <link-entity name="account" from="accountid" to="parentcustomerid" alias="a" link-type="inner">
                  <attribute name="ownerid" alias="owner" groupby="true" />
                  <filter><condition attribute="ownerid" operator="eq" value="{user}" /></filter>
                </link-entity>
              </entity>
            </fetch>
            """;

        var examined = Examined(org, new FetchExpression(fetch), out var result);

        Assert.Equal(Mine, (int)((AliasedValue)Assert.Single(result.Entities)["n"]).Value);
        Assert.Equal(0, examined.Scans);
        Assert.Equal(MyAccounts + Mine + MyAccounts, examined.Rows);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2_000)]
    public void OrOfNarrowConditions_OnTheRootAndOnALinkedAlias_ReadsTheUnion_InCreationOrder(int others)
    {
        var (org, user) = Organization(others);
        var stranger = org.Rows("account").First(a => a.GetAttributeValue<string>("name") == "other 7").Id;
        var narrowed = EitherQuery(user, stranger, narrowOr: true);
        var scanned = EitherQuery(user, stranger, narrowOr: false);

        var a = Examined(org, narrowed, out var fromIndex);
        var b = Examined(org, scanned, out var fromScan);

        Assert.Equal(Mine + 1, fromIndex.Entities.Count);
        Assert.Equal(fromScan.Entities.Select(e => e.Id), fromIndex.Entities.Select(e => e.Id));
        Assert.Equal(0, a.Scans);
        Assert.True(a.Rows < 60, $"examined {a.Rows} rows");
        Assert.Equal(1, b.Scans);
    }

    [Fact]
    public void OrWithABranchThatCannotBeNarrowed_ReadsTheWholeTable()
    {
        var (org, user) = Organization(50);
        var query = EitherQuery(user, Guid.NewGuid(), narrowOr: true);
        query.Criteria.Conditions.Clear();
        query.Criteria.Filters[0].AddCondition("lastname", ConditionOperator.BeginsWith, "other 1");

        var examined = Examined(org, query, out var result);

        Assert.Equal(Mine + 11, result.Entities.Count);
        Assert.Equal(1, examined.Scans);
    }

    /// <summary>Contacts of a given account or of accounts the user owns: an or of a root condition and a linked alias's.</summary>
    private static QueryExpression EitherQuery(Guid user, Guid account, bool narrowOr)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var link = query.AddLink("account", "parentcustomerid", "accountid");
        link.EntityAlias = "a";
        var either = new FilterExpression(LogicalOperator.Or);
        either.AddCondition("parentcustomerid", ConditionOperator.In, account);
        either.AddCondition("a", "ownerid", ConditionOperator.Equal, user);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        if (narrowOr)
        {
            query.Criteria.AddFilter(either);
        }
        else
        {
            // The same or under another or: nothing can be required of every row, so the root is read whole.
            var outer = new FilterExpression(LogicalOperator.Or);
            outer.AddFilter(either);
            query.Criteria = outer;
        }

        return query;
    }

    /// <summary><paramref name="others"/> accounts of the administrator's with one contact each; five of a user's with two each, interleaved.</summary>
    private static (LocalOrganization Org, Guid User) Organization(int others)
    {
        var org = TestOrg.Create();
        var user = org.AdministratorUser("Owner 负责人");
        var step = Math.Max(1, others / MyAccounts);
        var created = 0;
        for (var i = 0; i < others; i++)
        {
            var other = org.Service.Create(new Entity("account") { ["name"] = "other " + i });
            org.Service.Create(new Entity("contact") { ["lastname"] = "other " + i, ["parentcustomerid"] = new EntityReference("account", other) });
            if (i % step == 0 && created < MyAccounts)
            {
                var mine = org.Service.Create(new Entity("account") { ["name"] = "mine " + created, ["ownerid"] = new EntityReference("systemuser", user) });
                for (var c = 0; c < ContactsPerAccount; c++)
                {
                    org.Service.Create(new Entity("contact") { ["lastname"] = $"mine {created}.{c}", ["parentcustomerid"] = new EntityReference("account", mine) });
                }

                created++;
            }
        }

        Assert.Equal(MyAccounts, created);
        return (org, user);
    }

    private static QueryExpression ContactsOfAccountsOwnedBy(Guid user, JoinOperator join, bool inLinkCriteria)
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        var link = query.AddLink("account", "parentcustomerid", "accountid", join);
        link.EntityAlias = "a";
        link.Columns = new ColumnSet("name");
        if (inLinkCriteria)
        {
            link.LinkCriteria.AddCondition("ownerid", ConditionOperator.Equal, user);
        }
        else
        {
            query.Criteria.AddCondition("a", "ownerid", ConditionOperator.Equal, user);
        }

        return query;
    }

    private static (long Rows, long Scans) Examined(LocalOrganization org, QueryBase query, out EntityCollection result)
    {
        org.QueryStatistics.Reset();
        result = org.Service.RetrieveMultiple(query);
        return (org.QueryStatistics.RowsExamined, org.QueryStatistics.TotalTableScans);
    }
}
