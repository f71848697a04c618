using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Commission.Tests.Support;
using static SalesPerf.Commission.Tests.Support.PlanSpec;

namespace SalesPerf.Commission.Tests;

/// <summary>
/// Issue 12, item 7, for statements: a computed statement value beyond its column's limit is stored at the limit and the
/// trace says so; it never faults the deal.
/// </summary>
public sealed class StatementLimitsTests
{
    [Fact]
    public void Win_AttainmentBeyondTheColumn_StatementStoredAtTheLimitAndTraced()
    {
        var org = CommissionOrg.Create();
        var plan = org.Plan(new PlanSpec(WonRevenue, Cumulative, Retroactive, Amount, new Tier(0m, null, 5m)), "Hunters");
        org.Assign(org.Alice, plan, org.Q1, 0.01m, "Alice Q1");

        org.Won(org.Alice, 2_000_000_000m, "2026-03-20");

        // 2,000,000,000 credited on a quota of 0.01 is an attainment of 2 × 10¹³ %; the column holds ±100,000,000,000.
        var statement = org.Statement(org.Alice, org.Q1);
        Assert.Equal(100_000_000_000m, statement.GetAttributeValue<decimal>("spm_attainmentpercent"));
        Assert.Equal(2_000_000_000m, statement.GetAttributeValue<Money>("spm_creditamount").Value);
        Assert.Contains("spm_attainmentpercent: the computed value 20000000000000", statement.GetAttributeValue<string>("spm_trace"), StringComparison.Ordinal);
        Assert.Contains("stored as 100000000000", statement.GetAttributeValue<string>("spm_trace"), StringComparison.Ordinal);
    }
}
