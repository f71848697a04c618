using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// Semantics doc 3.4: day-based operators compare whole days in the organisation's time zone (China Standard
/// Time, UTC+8) from the injected clock (2026-04-01 10:00 local, a Wednesday); DateOnly columns as written.
/// </summary>
public sealed class DateOperatorTests
{
    private readonly QueryOrg org = new();

    public DateOperatorTests()
    {
        Add("Apr01-0400", new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc)); // 1 April 04:00 local
        Add("Mar31-2359", new DateTime(2026, 3, 31, 15, 59, 0, DateTimeKind.Utc)); // 31 March 23:59 local
        Add("Apr02-0000", new DateTime(2026, 4, 1, 16, 0, 0, DateTimeKind.Utc)); // 2 April 00:00 local
        Add("Mar31-0000", new DateTime(2026, 3, 30, 16, 0, 0, DateTimeKind.Utc)); // 31 March 00:00 local
        Add("Mar28-2000", new DateTime(2026, 3, 28, 12, 0, 0, DateTimeKind.Utc)); // Saturday 28 March local
    }

    [Theory]
    [InlineData(ConditionOperator.Today, new[] { "Apr01-0400" })]
    [InlineData(ConditionOperator.Yesterday, new[] { "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.Tomorrow, new[] { "Apr02-0000" })]
    [InlineData(ConditionOperator.ThisMonth, new[] { "Apr01-0400", "Apr02-0000" })]
    [InlineData(ConditionOperator.LastMonth, new[] { "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.NextMonth, new string[0])]
    [InlineData(ConditionOperator.ThisWeek, new[] { "Apr01-0400", "Apr02-0000", "Mar31-0000", "Mar31-2359" })] // Sun 29 Mar – Sat 4 Apr
    [InlineData(ConditionOperator.LastWeek, new[] { "Mar28-2000" })]
    [InlineData(ConditionOperator.ThisYear, new[] { "Apr01-0400", "Apr02-0000", "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.LastYear, new string[0])]
    [InlineData(ConditionOperator.Last7Days, new[] { "Apr01-0400", "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.Next7Days, new[] { "Apr01-0400", "Apr02-0000" })]
    public void RelativeDayOperator_AtLocalDayBoundaries_UsesOrganisationTimeZone(ConditionOperator op, string[] expected)
    {
        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op))).SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.LastXDays, 1, new[] { "Apr01-0400", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.NextXDays, 1, new[] { "Apr01-0400", "Apr02-0000" })]
    [InlineData(ConditionOperator.LastXWeeks, 1, new[] { "Apr01-0400", "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.LastXMonths, 1, new[] { "Apr01-0400", "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.NextXYears, 1, new[] { "Apr01-0400", "Apr02-0000" })]
    [InlineData(ConditionOperator.OlderThanXDays, 1, new[] { "Mar28-2000" })] // before 31 March
    [InlineData(ConditionOperator.LastXHours, 6, new[] { "Apr01-0400" })] // 20:00Z – 02:00Z
    [InlineData(ConditionOperator.OlderThanXHours, 6, new[] { "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    public void XOperator_CountsFromInjectedClock(ConditionOperator op, int x, string[] expected)
    {
        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op, x))).SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.On, new[] { "Apr01-0400" })]
    [InlineData(ConditionOperator.OnOrBefore, new[] { "Apr01-0400", "Mar28-2000", "Mar31-0000", "Mar31-2359" })]
    [InlineData(ConditionOperator.OnOrAfter, new[] { "Apr01-0400", "Apr02-0000" })]
    public void OnOperators_DateValueWithTime_CompareLocalDays(ConditionOperator op, string[] expected)
    {
        var value = new DateTime(2026, 4, 1, 23, 30, 0, DateTimeKind.Unspecified);

        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op, value))).SortedNames());
    }

    [Fact]
    public void Equal_UnspecifiedKindValue_IsOrganisationLocalTime()
    {
        var local = new DateTime(2026, 4, 1, 4, 0, 0, DateTimeKind.Unspecified);

        Assert.Equal(["Apr01-0400"], org.Run(Where("account", new ConditionExpression("createdon", ConditionOperator.Equal, local))).Names());
    }

    [Fact]
    public void Today_DateOnlyColumnInWestOfUtcZone_NotShifted()
    {
        // In UTC-5 a UserLocal conversion would move 2026-04-01T00:00Z to 31 March; a DateOnly value is a date.
        var west = new QueryOrg(new OrganizationSettings(TimeZoneInfo.CreateCustomTimeZone("UTC-5", TimeSpan.FromHours(-5), "UTC-5", "UTC-5")),
            new DateTime(2026, 4, 1, 17, 0, 0, DateTimeKind.Utc));
        west.Rows.Add("account", ("name", "Review Apr01"), ("spm_reviewdate", new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc)));
        west.Rows.Add("account", ("name", "Review Mar31"), ("spm_reviewdate", new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(["Review Apr01"], west.Run(Where("account", new ConditionExpression("spm_reviewdate", ConditionOperator.Today))).Names());
    }

    [Fact]
    public void LastXHours_OnDateOnlyColumn_Faults()
    {
        var query = Where("account", new ConditionExpression("spm_reviewdate", ConditionOperator.LastXHours, 3));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void Today_ClockMovesPastLocalMidnight_NextDayIsToday()
    {
        org.Now = new DateTime(2026, 4, 1, 16, 0, 0, DateTimeKind.Utc); // 2 April 00:00 local

        Assert.Equal(["Apr02-0000"], org.Run(Where("account", new ConditionExpression("createdon", ConditionOperator.Today))).Names());
    }

    [Fact]
    public void OnOrAfter_InFetchXml_DateStringIsLocalDay()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition attribute="createdon" operator="on-or-after" value="2026-04-01" /></filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Apr01-0400", "Apr02-0000"], result.SortedNames());
    }

    [Fact]
    public void LastXDays_InFetchXml_Evaluated()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter><condition attribute="createdon" operator="last-x-days" value="1" /></filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["Apr01-0400", "Mar31-0000", "Mar31-2359"], result.SortedNames());
    }

    private void Add(string name, DateTime createdOn) => org.Rows.Add("account", ("name", name), ("createdon", createdOn));
}
