using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Planning.Tests.Support;
using static SalesPerf.Planning.Tests.Support.PlanningOrg;

namespace SalesPerf.Planning.Tests.Scorecards;

public sealed class ApplyKpiSetTests
{
    [Fact]
    public void ApplyKpiSet_Twice_CreatesTheScorecardAndOneTargetPerItemOnce()
    {
        var (org, alice, q1, set) = Hunter();

        var first = (EntityReference)org.Execute("spm_ApplyKpiSet", Parameters(alice, q1, set))["Scorecard"];
        var second = (EntityReference)org.Execute("spm_ApplyKpiSet", Parameters(alice, q1, set))["Scorecard"];

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, org.Count("spm_scorecard"));
        var targets = org.All("spm_target", "spm_scorecardid", "spm_weight", "spm_scorecap", "spm_thresholdpercent", "spm_targetvalue", "ownerid", "spm_periodid");
        Assert.Equal(2, targets.Count);
        Assert.All(targets, t =>
        {
            Assert.Equal(first.Id, t.GetAttributeValue<EntityReference>("spm_scorecardid").Id);
            Assert.Equal(alice, t.GetAttributeValue<EntityReference>("ownerid").Id);
            Assert.Equal(q1, t.GetAttributeValue<EntityReference>("spm_periodid").Id);
            Assert.Equal(0m, t.GetAttributeValue<decimal>("spm_targetvalue"));
        });
        Assert.Equal(new[] { 30m, 70m }, targets.Select(t => t.GetAttributeValue<decimal>("spm_weight")).OrderBy(w => w));
        Assert.Contains(targets, t => t.GetAttributeValue<decimal>("spm_scorecap") == 120m && t.GetAttributeValue<decimal>("spm_thresholdpercent") == 50m);
    }

    [Fact]
    public void ApplyKpiSet_OwnerAlreadyHasATargetForAKpi_LinksItInsteadOfCreatingOne()
    {
        var (org, alice, q1, set) = Hunter();
        var revenue = org.Single("spm_kpi", "spm_code", "REV", "spm_code").Id;
        var existing = org.CreateTarget("Alice revenue Q1", alice, revenue, q1, 250_000m);

        var scorecard = (EntityReference)org.Execute("spm_ApplyKpiSet", Parameters(alice, q1, set))["Scorecard"];

        Assert.Equal(2, org.Count("spm_target"));
        var target = org.Target(existing);
        Assert.Equal(scorecard.Id, target.GetAttributeValue<EntityReference>("spm_scorecardid").Id);
        Assert.Equal(250_000m, target.GetAttributeValue<decimal>("spm_targetvalue"));
        Assert.Equal(70m, target.GetAttributeValue<decimal>("spm_weight"));
    }

    [Fact]
    public void ApplyKpiSet_EmptySet_FaultsAndCreatesNothing()
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var set = org.Service.Create(new Entity("spm_kpiset") { ["spm_name"] = "Empty" });

        var fault = Fault(() => org.Execute("spm_ApplyKpiSet", Parameters(alice, org.Period("FY2026-Q1").Id, set)));

        Assert.StartsWith("[SPM-KPS-001] KPI set 'Empty' has no active items", fault.Detail.Message, StringComparison.Ordinal);
        Assert.Equal(0, org.Count("spm_scorecard"));
    }

    private static (string, object?)[] Parameters(Guid owner, Guid period, Guid set) => new (string, object?)[]
    {
        ("Owner", new EntityReference("systemuser", owner)),
        ("Period", new EntityReference("spm_period", period)),
        ("KpiSet", new EntityReference("spm_kpiset", set)),
    };

    private static (PlanningOrg Org, Guid Alice, Guid Q1, Guid Set) Hunter()
    {
        var org = new PlanningOrg();
        org.CreateYear(2026);
        var alice = org.Org.CreateUser("Alice Wang");
        var set = org.Service.Create(new Entity("spm_kpiset") { ["spm_name"] = "Hunter" });
        AddItem(org, set, "New revenue", org.CreateKpi("REV", MeasureRevenue), 70m, null, null);
        AddItem(org, set, "Satisfaction", org.CreateKpi("CSAT"), 30m, 120m, 50m);
        return (org, alice, org.Period("FY2026-Q1").Id, set);
    }

    private static void AddItem(PlanningOrg org, Guid set, string name, Guid kpi, decimal weight, decimal? cap, decimal? threshold)
    {
        var item = new Entity("spm_kpisetitem")
        {
            ["spm_name"] = name,
            ["spm_kpisetid"] = new EntityReference("spm_kpiset", set),
            ["spm_kpiid"] = new EntityReference("spm_kpi", kpi),
            ["spm_weight"] = weight,
        };
        if (cap is decimal c)
        {
            item["spm_scorecap"] = c;
        }

        if (threshold is decimal t)
        {
            item["spm_thresholdpercent"] = t;
        }

        org.Service.Create(item);
    }
}
