using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using SalesPerf.Plugins.TargetPlanning;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.Scorecards;

public sealed class ScorecardRankTests
{
    [Fact]
    public void ManualActualsEntered_WeightedScores106_98_98_90_RankOneTwoTwoFour()
    {
        var org = new PlanningOrg();
        var (q1, set) = ServiceKpiSet(org);
        var actuals = new[] { 98m, 106m, 90m, 98m };

        var cards = actuals.Select((actual, i) => Scorecard(org, org.Org.CreateUser("Rep " + i), q1, set, actual)).ToList();

        Recalculate(org, q1);

        var rows = cards.Select(id => Card(org, id)).ToList();
        Assert.Equal(actuals, rows.Select(r => r.GetAttributeValue<decimal>("spm_weightedscore")));
        Assert.Equal(new int?[] { 2, 1, 4, 2 }, rows.Select(r => r.GetAttributeValue<int?>("spm_rank")));
    }

    [Fact]
    public void Rank_TwoBusinessUnits_RanksEachUnitOnItsOwn()
    {
        var org = new PlanningOrg();
        var (q1, set) = ServiceKpiSet(org);
        var north = org.Org.CreateBusinessUnit("North");

        var east1 = Scorecard(org, org.Org.CreateUser("East 1"), q1, set, 90m);
        var north1 = Scorecard(org, org.Org.CreateUser("North 1", businessUnitId: north), q1, set, 80m);
        var east2 = Scorecard(org, org.Org.CreateUser("East 2"), q1, set, 95m);

        Recalculate(org, q1);

        Assert.Equal(2, Card(org, east1).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(1, Card(org, east2).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(1, Card(org, north1).GetAttributeValue<int?>("spm_rank"));
    }

    [Fact]
    public void Rank_ScoreDropsBelowAnother_SwapsTheRanks()
    {
        var org = new PlanningOrg();
        var (q1, set) = ServiceKpiSet(org);
        var first = Scorecard(org, org.Org.CreateUser("Rep A"), q1, set, 120m);
        var second = Scorecard(org, org.Org.CreateUser("Rep B"), q1, set, 100m);
        var target = org.Single("spm_target", "spm_scorecardid", first, "spm_targetvalue").Id;
        Recalculate(org, q1);

        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = 50m });
        Recalculate(org, q1);

        Assert.Equal(2, Card(org, first).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(1, Card(org, second).GetAttributeValue<int?>("spm_rank"));
    }

    [Fact]
    public void Rank_ScoreChangesInsideAWrite_RankWaitsForTheRefresh()
    {
        var org = new PlanningOrg();
        var (q1, set) = ServiceKpiSet(org);
        var first = Scorecard(org, org.Org.CreateUser("Rep A"), q1, set, 120m);
        var second = Scorecard(org, org.Org.CreateUser("Rep B"), q1, set, 100m);
        Recalculate(org, q1);
        var target = org.Single("spm_target", "spm_scorecardid", first, "spm_targetvalue").Id;

        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = 50m });

        // No plug-in re-ranks the business unit inside the change (issue 16): the score moved, the ranks did not.
        Assert.Equal(50m, Card(org, first).GetAttributeValue<decimal>("spm_weightedscore"));
        Assert.Equal(1, Card(org, first).GetAttributeValue<int?>("spm_rank"));
        Assert.Equal(2, Card(org, second).GetAttributeValue<int?>("spm_rank"));
    }

    private static void Recalculate(PlanningOrg org, Guid period) =>
        RecalculateRun.ToEnd(org.Service, new EntityReference("spm_period", period), null);

    private static Entity Card(PlanningOrg org, Guid id) =>
        org.Service.Retrieve("spm_scorecard", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("spm_weightedscore", "spm_rank"));

    private static (Guid Q1, Guid Set) ServiceKpiSet(PlanningOrg org)
    {
        org.CreateYear(2026);
        var kpi = org.CreateKpi("CSAT");
        var set = org.Service.Create(new Entity("spm_kpiset") { ["spm_name"] = "Service" });
        org.Service.Create(new Entity("spm_kpisetitem")
        {
            ["spm_name"] = "Satisfaction",
            ["spm_kpisetid"] = new EntityReference("spm_kpiset", set),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_weight"] = 100m,
        });
        return (org.Period("FY2026-Q1").Id, set);
    }

    /// <summary>Applies the set to the user, sets the target to 100 and enters the manual actual: the score equals the actual.</summary>
    private static Guid Scorecard(PlanningOrg org, Guid user, Guid q1, Guid set, decimal actual)
    {
        var card = (EntityReference)org.Execute(
            "spm_ApplyKpiSet",
            ("Owner", new EntityReference("systemuser", user)), ("Period", new EntityReference("spm_period", q1)), ("KpiSet", new EntityReference("spm_kpiset", set)))["Scorecard"];
        var target = org.Single("spm_target", "spm_scorecardid", card.Id, "spm_targetvalue").Id;
        org.Service.Update(new Entity("spm_target", target) { ["spm_targetvalue"] = 100m });
        org.Service.Update(new Entity("spm_target", target) { ["spm_actualvalue"] = actual });
        return card.Id;
    }
}
