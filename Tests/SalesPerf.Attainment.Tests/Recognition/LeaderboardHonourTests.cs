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

        // Dora (100) overtakes Alice (90) after the quarter: at the next refresh Alice's honour is taken back (inactive,
        // with the reason and the time, never deleted) and Dora gets one; a second refresh changes nothing.
        var doraTarget = TargetOf(org, dora);
        org.Org.Clock.UtcNow = new DateTime(2026, 4, 3, 6, 0, 0, DateTimeKind.Utc);
        org.Service.Update(new Entity("spm_target", doraTarget) { ["spm_actualvalue"] = 100m });
        RecalculateRun.ToEnd(org.Service, q1, null);
        RecalculateRun.ToEnd(org.Service, q1, null);
        Assert.Equal(3, org.Honours().Length);
        var alices = Assert.Single(org.Honours(), h => h.GetAttributeValue<EntityReference>("spm_recipientid").Id == alice);
        Assert.Equal(1, alices.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, alices.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.Equal(new DateTime(2026, 4, 3, 6, 0, 0, DateTimeKind.Utc), alices.GetAttributeValue<DateTime>("spm_revokedon"));
        Assert.Equal(
            "'Top 2 of the quarter': taken back at the rank refresh of FY2026 Q1: now rank 3 (top 2), weighted score 90.\n"
            + "“Top 2 of the quarter”：在 FY2026 Q1 的排名刷新中收回：现为第 3 名（前 2 名），加权得分 90。",
            alices.GetAttributeValue<string>("spm_revokedreason"));
        var doras = Assert.Single(org.Honours(), h => h.GetAttributeValue<EntityReference>("spm_recipientid").Id == dora);
        Assert.Equal(0, doras.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.StartsWith("'Top 2 of the quarter': rank 2 of", doras.GetAttributeValue<string>("spm_reason"), StringComparison.Ordinal);
        Assert.Equal(0, Single(org, bob).GetAttributeValue<OptionSetValue>("statecode").Value);

        // A recalculation puts Alice back (Dora's deal corrected to 70): Alice's own honour is active again with her new
        // rank, no second row; Dora's is taken back.
        org.Service.Update(new Entity("spm_target", doraTarget) { ["spm_actualvalue"] = 70m });
        RecalculateRun.ToEnd(org.Service, q1, null);
        Assert.Equal(3, org.Honours().Length);
        var back = Single(org, alice);
        Assert.Equal(alices.Id, back.Id);
        Assert.Equal(0, back.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, back.GetAttributeValue<OptionSetValue>("statuscode").Value);
        Assert.False(back.Contains("spm_revokedon"));
        Assert.False(back.Contains("spm_revokedreason"));
        Assert.StartsWith("'Top 2 of the quarter': rank 2 of the leaderboard of FY2026 Q1 (top 2), weighted score 90.", back.GetAttributeValue<string>("spm_reason"), StringComparison.Ordinal);
        Assert.Equal(1, Single(org, dora).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Contains("now rank 3 (top 2), weighted score 70.", Single(org, dora).GetAttributeValue<string>("spm_revokedreason"), StringComparison.Ordinal);
    }

    [Fact]
    public void Recalculate_HonourDeactivatedByAnAdministrator_IsNeitherGivenBackNorGrantedAgain()
    {
        var org = new SalesOrg(new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc));
        var periods = org.Fy2026();
        var survey = org.Kpi("Survey", Measures.Manual);
        var alice = Scored(org, "Alice", periods.Q1, survey, 90m);
        Scored(org, "Bob", periods.Q1, survey, 60m);
        org.TopRule("Top 1 of the quarter", 1);
        var q1 = new EntityReference("spm_period", periods.Q1);
        RecalculateRun.ToEnd(org.Service, q1, null);
        var honour = Single(org, alice);

        org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = honour.ToEntityReference(),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });
        RecalculateRun.ToEnd(org.Service, q1, null);

        var after = Assert.Single(org.Honours());
        Assert.Equal(1, after.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.False(after.Contains("spm_revokedon"));
    }

    [Fact]
    public void Recalculate_CostOfTakingBackAndGranting_OneQueryMoreThanAGrant_PlusOneWritePerHonourMoved()
    {
        var org = new SalesOrg(new DateTime(2026, 4, 2, 6, 0, 0, DateTimeKind.Utc));
        var periods = org.Fy2026();
        var survey = org.Kpi("Survey", Measures.Manual);
        var alice = Scored(org, "Alice", periods.Q1, survey, 90m);
        var bob = Scored(org, "Bob", periods.Q1, survey, 60m);
        org.TopRule("Top 1 of the quarter", 1);
        var q1 = new EntityReference("spm_period", periods.Q1);
        RecalculateRun.ToEnd(org.Service, q1, null);
        org.Service.Update(new Entity("spm_target", TargetOf(org, bob)) { ["spm_actualvalue"] = 95m });
        RecalculateRun.ToEnd(org.Service, q1, null);
        var steady = Calls(org, () => RecalculateRun.ToEnd(org.Service, q1, null));

        // Alice back on top: 1 Update takes Bob's back, 1 gives Alice's back, and the two ranks swap (2 scorecard Updates);
        // the queries are the same as a run that moves nothing (the held honours are read in every run).
        org.Service.Update(new Entity("spm_target", TargetOf(org, bob)) { ["spm_actualvalue"] = 60m });
        var moved = Calls(org, () => RecalculateRun.ToEnd(org.Service, q1, null));

        Assert.Equal(0, Single(org, alice).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(1, Single(org, bob).GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, org.Honours().Length);
        Assert.Equal(0, steady.Count(c => c.Message == "Update" && c.Table == "spm_recognition"));
        Assert.Equal(2, moved.Count(c => c.Message == "Update" && c.Table == "spm_recognition"));
        Assert.Equal(0, moved.Count(c => c.Message == "Create" && c.Table == "spm_recognition"));
        Assert.Equal(2, moved.Count(c => c.Message == "Update" && c.Table == "spm_scorecard") - steady.Count(c => c.Message == "Update" && c.Table == "spm_scorecard"));
        Assert.Equal(steady.Count(c => c.Message == "RetrieveMultiple"), moved.Count(c => c.Message == "RetrieveMultiple"));
        Assert.Equal(steady.Count + 4, moved.Count);
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

    private static System.Collections.Generic.List<(string Message, string? Table)> Calls(SalesOrg org, Action run)
    {
        org.Org.ServiceCalls.Reset();
        org.Org.ServiceCalls.Recording = true;
        run();
        org.Org.ServiceCalls.Recording = false;
        return org.Org.ServiceCalls.Calls.Select(c => (c.Message, c.Table)).ToList();
    }

    private static Guid TargetOf(SalesOrg org, Guid owner) =>
        org.Org.Rows("spm_target").Single(t => t.GetAttributeValue<EntityReference>("ownerid").Id == owner).Id;

    private static Entity Single(SalesOrg org, Guid recipient) =>
        Assert.Single(org.Honours(), h => h.GetAttributeValue<EntityReference>("spm_recipientid").Id == recipient);

}
