using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Tests.Support;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// Issue 16 item 4: the local organisation answers an equality filter or a join on an id, lookup or choice column from an
/// index, so the rows a query examines follow the rows it matches, not the table's size; results are those of a full scan.
/// </summary>
public sealed class IndexTests
{
    private const int Mine = 5;

    [Theory]
    [InlineData(100)]
    [InlineData(2_000)]
    public void EqualOnOwner_ExaminesOnlyTheOwnersRows_AtAnyTableSize(int others)
    {
        var (org, user) = Organization(others);

        var examined = Examined(org, () => org.Service.RetrieveMultiple(ByOwner(user)), out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.Equal(Mine, examined.Rows);
        Assert.Equal(0, examined.Scans);
    }

    [Fact]
    public void EqualOnOwner_SameRowsInSameOrderAsAFullScan()
    {
        var (org, user) = Organization(50);
        var indexed = ByOwner(user);
        var scanned = ByOwner(user);
        // The same condition in an or with a branch no index answers: the engine reads the whole table.
        scanned.Criteria = new FilterExpression(LogicalOperator.Or)
        {
            Conditions =
            {
                new ConditionExpression("ownerid", ConditionOperator.Equal, user),
                new ConditionExpression("name", ConditionOperator.BeginsWith, "no such name"),
            },
        };

        var fromIndex = Examined(org, () => org.Service.RetrieveMultiple(indexed), out var a);
        var fromScan = Examined(org, () => org.Service.RetrieveMultiple(scanned), out var b);

        Assert.Equal(b.Entities.Select(e => e.Id), a.Entities.Select(e => e.Id));
        Assert.Equal(b.Entities.Select(e => e.GetAttributeValue<string>("name")), a.Entities.Select(e => e.GetAttributeValue<string>("name")));
        Assert.Equal(Mine, fromIndex.Rows);
        Assert.Equal(Mine + 50, fromScan.Rows);
        Assert.Equal(1, fromScan.Scans);
    }

    [Fact]
    public void In_OnIds_ExaminesTheNamedRows_InCreationOrder()
    {
        var (org, _) = Organization(500);
        var all = org.Rows("account");
        var wanted = new object[] { all[400].Id, all[3].Id, all[250].Id, all[3].Id };
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("accountid", ConditionOperator.In, wanted);

        var examined = Examined(org, () => org.Service.RetrieveMultiple(query), out var result);

        Assert.Equal([all[3].Id, all[250].Id, all[400].Id], result.Entities.Select(e => e.Id));
        Assert.Equal(3, examined.Rows);
    }

    [Fact]
    public void NestedAndFilter_WithTheNarrowestCondition_ExaminesItsRows()
    {
        var (org, user) = Organization(300);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        var and = new FilterExpression(LogicalOperator.And);
        and.AddCondition("statecode", ConditionOperator.Equal, 0);       // every row: not chosen
        and.AddCondition("ownerid", ConditionOperator.Equal, user);      // five rows: chosen
        query.Criteria.AddFilter(and);

        var examined = Examined(org, () => org.Service.RetrieveMultiple(query), out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.Equal(Mine, examined.Rows);
    }

    [Fact]
    public void Aggregate_GroupedByOwner_ExaminesOnlyTheFilteredOwnersRows()
    {
        var (org, user) = Organization(1_000);
        var fetch = $"""
            <fetch aggregate="true">
              <entity name="account">
                <attribute name="accountid" alias="n" aggregate="count" />
                <attribute name="ownerid" alias="owner" groupby="true" />
                <filter><condition attribute="ownerid" operator="eq" value="{user}" /></filter>
              </entity>
            </fetch>
            """;

        var examined = Examined(org, () => org.Service.RetrieveMultiple(new FetchExpression(fetch)), out var result);

        var group = Assert.Single(result.Entities);
        Assert.Equal(Mine, (int)((AliasedValue)group["n"]).Value);
        Assert.Equal(Mine, examined.Rows);
    }

    [Fact]
    public void Join_OnALookup_ExaminesOneLinkedRowPerRoot_NotTheLinkedTable()
    {
        var (org, user) = Organization(200);
        var query = ByOwner(user);
        var link = query.AddLink("systemuser", "ownerid", "systemuserid");
        link.EntityAlias = "u";
        link.Columns = new ColumnSet("fullname");

        var examined = Examined(org, () => org.Service.RetrieveMultiple(query), out var result);

        Assert.Equal(Mine, result.Entities.Count);
        Assert.All(result.Entities, e => Assert.Equal("Owner 负责人", ((AliasedValue)e["u.fullname"]).Value));
        // Five accounts through the owner index, and the owner's row once (looked up by id, then reused).
        Assert.Equal(Mine + 1, examined.Rows);
        Assert.Equal(0, examined.Scans);
    }

    [Fact]
    public void Index_FollowsUpdatesDeletesAndRollbacks()
    {
        var (org, user) = Organization(20);
        var mine = org.Service.RetrieveMultiple(ByOwner(user)).Entities.Select(e => e.Id).ToList();

        org.Service.Execute(Assign(mine[0], org.AdministratorId));
        org.Service.Delete("account", mine[1]);
        var requests = new OrganizationRequestCollection
        {
            new CreateRequest { Target = new Entity("account") { ["name"] = "rolled back", ["ownerid"] = new EntityReference("systemuser", user) } },
            Assign(mine[2], org.AdministratorId),
            new CreateRequest { Target = new Entity("account") { ["nosuchcolumn"] = "x" } },
        };
        TestOrg.Fault(() => org.Service.Execute(new ExecuteTransactionRequest { Requests = requests }));

        var after = org.Service.RetrieveMultiple(ByOwner(user)).Entities.Select(e => e.Id).ToList();
        Assert.Equal(mine.Skip(2), after);
        var admins = new QueryExpression("account") { ColumnSet = new ColumnSet(false) };
        admins.Criteria.AddCondition("ownerid", ConditionOperator.Equal, org.AdministratorId);
        Assert.Contains(mine[0], org.Service.RetrieveMultiple(admins).Entities.Select(e => e.Id));
        Assert.DoesNotContain(mine[2], org.Service.RetrieveMultiple(admins).Entities.Select(e => e.Id));
    }

    [Fact]
    public void EqualOnText_IsIndexedCaseInsensitively()
    {
        var (org, _) = Organization(30);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "MINE 3");

        var examined = Examined(org, () => org.Service.RetrieveMultiple(query), out var result);

        Assert.Equal("mine 3", Assert.Single(result.Entities).GetAttributeValue<string>("name"));
        Assert.Equal(1, examined.Rows);
        Assert.Equal(0, examined.Scans);
    }

    [Fact]
    public void InOnText_MatchesAnyCase_AndNotAPrefix()
    {
        var (org, _) = Organization(30);
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("name", ConditionOperator.In, "Mine 1", "OTHER 7", "mine", "mine 4 ");

        var examined = Examined(org, () => org.Service.RetrieveMultiple(query), out var result);

        Assert.Equal(["mine 1", "other 7"], result.Entities.Select(e => e.GetAttributeValue<string>("name")).Order(StringComparer.Ordinal));
        Assert.Equal(2, examined.Rows);
    }

    /// <summary>An organisation with <paramref name="others"/> accounts of the administrator's, then five of one user's, interleaved.</summary>
    private static (LocalOrganization Org, Guid User) Organization(int others)
    {
        var org = TestOrg.Create();
        var user = org.AdministratorUser("Owner 负责人");
        var step = Math.Max(1, others / Mine);
        var created = 0;
        for (var i = 0; i < others; i++)
        {
            org.Service.Create(new Entity("account") { ["name"] = "other " + i });
            if (i % step == 0 && created < Mine)
            {
                org.Service.Create(new Entity("account") { ["name"] = "mine " + created++, ["ownerid"] = new EntityReference("systemuser", user) });
            }
        }

        Assert.Equal(Mine, created);
        return (org, user);
    }

    private static OrganizationRequest Assign(Guid account, Guid user) => new("Assign")
    {
        ["Target"] = new EntityReference("account", account),
        ["Assignee"] = new EntityReference("systemuser", user),
    };

    private static QueryExpression ByOwner(Guid user)
    {
        var query = new QueryExpression("account") { ColumnSet = new ColumnSet("name") };
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, user);
        return query;
    }

    private static (long Rows, long Scans) Examined<T>(LocalOrganization org, Func<T> run, out T result)
    {
        org.QueryStatistics.Reset();
        result = run();
        return (org.QueryStatistics.RowsExamined, org.QueryStatistics.TotalTableScans);
    }
}
