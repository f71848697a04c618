using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Attainment.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Attainment.Tests.Recognition;

/// <summary>
/// "Top N on the leaderboard": granted by the rank refresh (spm_Recalculate's rank stage) once the period has ended,
/// never inside a win and never while the period runs; once per rule, period and person.
/// </summary>
public sealed class LeaderboardHonourTests
{
    [Fact]
    public void Recalculate_TopTwoOfTheQuarter_GrantedAfterTheQuarterEnds_OnceEach()
    {
        var org = new SalesOrg();
        var periods = org.Fy2026();
        var survey = org.Kpi("Survey", Measures.Manual);
        var alice = Scored(org, "Alice", periods.Q1, survey, 90m);
        var bob = Scored(org, "Bob", periods.Q1, survey, 120m);
        Scored(org, "Carl", periods.Q1, survey, 60m);
        var dora = Scored(org, "Dora", periods.Q1, survey, 80m);
        var rule = org.TopRule("Top 2 of the quarter", 2);
        org.TopRule("Top 1 of the year", 1, RecognitionOrg.Year);
        var q1 = new EntityReference("spm_period", periods.Q1);

        // 14 February: Q1 runs; the ranks are written, nobody is honoured yet.
        RecalculateRun.ToEnd(org.Service, q1, null);
        Assert.Empty(org.Honours());
        Assert.Equal(1m, org.Number("spm_scorecard", ScorecardOf(org, bob), "spm_rank"));

        // 2 April: Q1 has ended; Bob (120) and Alice (90) are the top 2.
        org.Org.Clock.UtcNow = new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc);
        RecalculateRun.ToEnd(org.Service, q1, null);
        var honours = org.Honours();
        Assert.Equal(new[] { alice, bob }.OrderBy(id => id), honours.Select(h => h.GetAttributeValue<EntityReference>("spm_recipientid").Id).OrderBy(id => id));
        Assert.All(honours, h => Assert.Equal(rule, h.GetAttributeValue<EntityReference>("spm_honourruleid").Id));
        Assert.Contains(honours, h => h.GetAttributeValue<string>("spm_reason").StartsWith("'Top 2 of the quarter': rank 1 of the leaderboard of FY2026 Q1 (top 2), weighted score 120.", StringComparison.Ordinal));

        // Dora overtakes Alice after the quarter: Alice keeps hers, Dora gets one; nobody twice.
        var doraTarget = org.Org.Rows("spm_target").Single(t => t.GetAttributeValue<EntityReference>("ownerid").Id == dora).Id;
        org.Service.Update(new Entity("spm_target", doraTarget) { ["spm_actualvalue"] = 100m });
        RecalculateRun.ToEnd(org.Service, q1, null);
        RecalculateRun.ToEnd(org.Service, q1, null);
        Assert.Equal(3, org.Honours().Length);
        Assert.Single(org.Honours(), h => h.GetAttributeValue<EntityReference>("spm_recipientid").Id == dora);
    }

    [Fact]
    public void Recalculate_WritesLimitedBySliceSize_HonoursFinishedInLaterSlices()
    {
        var org = new SalesOrg(new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc));
        var periods = org.Fy2026();
        var survey = org.Kpi("Survey", Measures.Manual);
        for (var i = 0; i < 5; i++)
        {
            Scored(org, "Rep " + i, periods.Q1, survey, 50m + (10m * i));
        }

        org.TopRule("Top 5", 5);
        var totals = RecalculateRun.ToEnd(org.Service, new EntityReference("spm_period", periods.Q1), null, sliceSize: 2);

        Assert.Equal(5, org.Honours().Length);
        Assert.True(totals.Slices > 3, $"{totals.Slices} slices");
    }

    private static Guid Scored(SalesOrg org, string name, Guid period, Guid kpi, decimal actual)
    {
        var user = org.User(name);
        var scorecard = org.Scorecard(user, period);
        var target = org.Target(user, kpi, period, 100m, t =>
        {
            t["spm_scorecardid"] = new EntityReference("spm_scorecard", scorecard);
            t["spm_weight"] = 100m;
        });
        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = actual });
        return user;
    }

    private static Guid ScorecardOf(SalesOrg org, Guid owner) =>
        org.Org.Rows("spm_scorecard").Single(s => s.GetAttributeValue<EntityReference>("ownerid").Id == owner).Id;
}
