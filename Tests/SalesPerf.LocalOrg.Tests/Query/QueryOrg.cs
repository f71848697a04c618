using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query;
using SalesPerf.LocalOrg.Tests.Schemas;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// A fresh engine per test over <see cref="InMemoryRows"/>: organisation in China Standard Time (UTC+8, no daylight
/// saving), fiscal year starting 1 April with quarterly periods, clock at 2026-04-01 10:00 local (a Wednesday).
/// </summary>
public sealed class QueryOrg
{
    public static readonly DateTime DefaultNow = new(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc);

    public static TimeZoneInfo ChinaStandardTime { get; } =
        TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public QueryOrg(OrganizationSettings? settings = null, DateTime? utcNow = null)
    {
        Settings = settings ?? new OrganizationSettings(ChinaStandardTime, 4, 1, FiscalPeriodType.Quarterly, "CNY");
        Now = utcNow ?? DefaultNow;
        Rows = new InMemoryRows(TestTables.All);
        Engine = new QueryEngine(Rows, Settings, () => Now);
    }

    public InMemoryRows Rows { get; }

    public OrganizationSettings Settings { get; }

    public DateTime Now { get; set; }

    public QueryEngine Engine { get; }

    public EntityCollection Run(QueryBase query) => Engine.Execute(query);

    /// <summary>Runs FetchXML after checking it against Fetch.xsd, so every fetch the tests use is schema-valid.</summary>
    public EntityCollection Fetch(string fetchXml) => Engine.Execute(new FetchExpression(FetchSchema.Validate(fetchXml)));

    public static QueryExpression Where(string table, params ConditionExpression[] conditions)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(true) };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        return query;
    }

    public static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action).Detail;
}
