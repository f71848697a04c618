using System;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Query;
using static SalesPerf.LocalOrg.Tests.Query.QueryOrg;

namespace SalesPerf.LocalOrg.Tests.Query;

/// <summary>
/// Semantics doc 3.5, 8.2: fiscal operators from the organisation's fiscal settings. Fiscal year from 1 April,
/// quarterly periods, named by the year it starts in (FY2026 = 1 Apr 2026 – 31 Mar 2027); today is
/// 1 April 2026 local, so the current period is FY2026 Q1.
/// </summary>
public sealed class FiscalOperatorTests
{
    private readonly QueryOrg org = new();

    public FiscalOperatorTests() => AddRows(org);

    [Theory]
    [InlineData(ConditionOperator.ThisFiscalYear, new[] { "FY26Q1", "FY26Q2" })]
    [InlineData(ConditionOperator.LastFiscalYear, new[] { "FY25Q1", "FY25Q4" })]
    [InlineData(ConditionOperator.NextFiscalYear, new[] { "FY27Q1" })]
    [InlineData(ConditionOperator.ThisFiscalPeriod, new[] { "FY26Q1" })]
    [InlineData(ConditionOperator.LastFiscalPeriod, new[] { "FY25Q4" })]
    [InlineData(ConditionOperator.NextFiscalPeriod, new[] { "FY26Q2" })]
    public void RelativeFiscalOperator_AprilFiscalYear_UsesLocalDay(ConditionOperator op, string[] expected)
    {
        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op))).SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.LastXFiscalYears, 2, new[] { "FY24Q3", "FY25Q1", "FY25Q4" })] // FY2024–FY2025
    [InlineData(ConditionOperator.NextXFiscalYears, 1, new[] { "FY27Q1" })]
    [InlineData(ConditionOperator.LastXFiscalPeriods, 3, new[] { "FY25Q4" })] // FY2025 Q2–Q4
    [InlineData(ConditionOperator.NextXFiscalPeriods, 4, new[] { "FY26Q2", "FY27Q1" })] // FY2026 Q2 – FY2027 Q1
    [InlineData(ConditionOperator.InFiscalYear, 2025, new[] { "FY25Q1", "FY25Q4" })]
    [InlineData(ConditionOperator.InFiscalPeriod, 1, new[] { "FY25Q1", "FY26Q1", "FY27Q1" })]
    public void FiscalOperatorWithOneValue_Evaluated(ConditionOperator op, int value, string[] expected)
    {
        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op, value))).SortedNames());
    }

    [Theory]
    [InlineData(ConditionOperator.InFiscalPeriodAndYear, 4, 2025, new[] { "FY25Q4" })]
    [InlineData(ConditionOperator.InOrBeforeFiscalPeriodAndYear, 4, 2025, new[] { "FY24Q3", "FY25Q1", "FY25Q4" })]
    [InlineData(ConditionOperator.InOrAfterFiscalPeriodAndYear, 2, 2026, new[] { "FY26Q2", "FY27Q1" })]
    public void FiscalPeriodAndYearOperator_PeriodThenYear_Evaluated(ConditionOperator op, int period, int year, string[] expected)
    {
        Assert.Equal(expected, org.Run(Where("account", new ConditionExpression("createdon", op, period, year))).SortedNames());
    }

    [Fact]
    public void InFiscalPeriodAndYear_PeriodOutOfRange_Faults()
    {
        var query = Where("account", new ConditionExpression("createdon", ConditionOperator.InFiscalPeriodAndYear, 5, 2025));

        Assert.Equal(-2147220989, Fault(() => org.Run(query)).ErrorCode);
    }

    [Fact]
    public void InFiscalPeriod_MonthlyPeriods_PeriodOneIsApril()
    {
        var monthly = new QueryOrg(new OrganizationSettings(ChinaStandardTime, 4, 1, FiscalPeriodType.Monthly));
        AddRows(monthly);

        Assert.Equal(["FY26Q1", "FY27Q1"],
            monthly.Run(Where("account", new ConditionExpression("createdon", ConditionOperator.InFiscalPeriod, 1))).SortedNames());
    }

    [Fact]
    public void InFiscalYear_NamedByEndYear_YearStartingApril2026IsFY2027()
    {
        var byEnd = new QueryOrg(new OrganizationSettings(ChinaStandardTime, 4, 1) { FiscalYearNamedByEndYear = true });
        AddRows(byEnd);

        Assert.Equal(["FY26Q1", "FY26Q2"],
            byEnd.Run(Where("account", new ConditionExpression("createdon", ConditionOperator.InFiscalYear, 2027))).SortedNames());
    }

    [Fact]
    public void FiscalOperators_InFetchXml_Evaluated()
    {
        var result = org.Fetch("""
            <fetch>
              <entity name="account">
                <attribute name="name" />
                <filter type="or">
                  <condition attribute="createdon" operator="this-fiscal-year" />
                  <condition attribute="createdon" operator="in-fiscal-period-and-year">
                    <value>4</value>
                    <value>2025</value>
                  </condition>
                </filter>
              </entity>
            </fetch>
            """);

        Assert.Equal(["FY25Q4", "FY26Q1", "FY26Q2"], result.SortedNames());
    }

    private static void AddRows(QueryOrg target)
    {
        target.Rows.Add("account", ("name", "FY26Q1"), ("createdon", new DateTime(2026, 3, 31, 20, 0, 0, DateTimeKind.Utc))); // 1 Apr 2026 local
        target.Rows.Add("account", ("name", "FY25Q4"), ("createdon", new DateTime(2026, 3, 31, 15, 0, 0, DateTimeKind.Utc))); // 31 Mar 2026 23:00 local
        target.Rows.Add("account", ("name", "FY25Q1"), ("createdon", new DateTime(2025, 6, 15, 0, 0, 0, DateTimeKind.Utc)));
        target.Rows.Add("account", ("name", "FY26Q2"), ("createdon", new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        target.Rows.Add("account", ("name", "FY27Q1"), ("createdon", new DateTime(2027, 4, 10, 0, 0, 0, DateTimeKind.Utc)));
        target.Rows.Add("account", ("name", "FY24Q3"), ("createdon", new DateTime(2024, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
