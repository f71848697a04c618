using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Team revenue targets for the year (their actual rolls up from the members), and per rep a year scorecard with one
/// target per KPI of the rep's set (the revenue target a child of the team's), and a scorecard per business quarter
/// whose targets are a quarter of the year's (ratios and days unchanged); the quarter revenue targets are children of
/// the year revenue target, so the year shows its allocation. Quarter scorecards also feed the commission gate.
/// </summary>
internal static class TargetSection
{
    private const int OwnRecords = 100000000;
    private const int ChildTargets = 100000001;

    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var at = world.SetupAt.AddHours(1);
        var code = $"FY{world.Options.FiscalYear}";
        var year = world.Periods[code];
        foreach (var team in world.TeamIds)
        {
            var members = world.Reps.Where(r => r.Team == team.Key).ToList();
            var teamTarget = b.Create(at, "Team target " + team.Key, new Entity("spm_target")
            {
                ["spm_name"] = $"{team.Key} Revenue {code}", ["ownerid"] = new EntityReference("team", team.Value),
                ["spm_kpiid"] = world.Kpis["REV"], ["spm_periodid"] = year, ["spm_targetvalue"] = members.Sum(m => m.YearQuota),
                ["spm_rollupsource"] = new OptionSetValue(ChildTargets), ["spm_thresholdpercent"] = 50m, ["spm_scorecap"] = 150m,
            });
            foreach (var rep in members)
            {
                var yearRevenue = Scorecard(world, rep, year, code, teamTarget, 1m, at);
                world.YearRevenueTargets[rep.Id] = yearRevenue;
                for (var q = 1; q <= (world.Options.BusinessMonths + 2) / 3; q++)
                {
                    var quarter = $"{code}-Q{q}";
                    Scorecard(world, rep, world.Periods[quarter], quarter, yearRevenue, 4m, at);
                }
            }
        }
    }

    /// <summary>Creates the scorecard and its targets; returns the revenue target.</summary>
    private static EntityReference Scorecard(DemoWorld world, DemoPerson rep, EntityReference period, string code, EntityReference revenueParent, decimal parts, DateTime at)
    {
        var b = world.Builder;
        var owner = DemoWorld.User(rep.Id);
        var set = rep.Hunter ? "HUNTER" : "AM";
        var scorecard = b.Create(at, "Scorecard " + rep.FullName, new Entity("spm_scorecard")
        {
            ["spm_name"] = $"{rep.FullName} {code}", ["ownerid"] = owner, ["spm_periodid"] = period, ["spm_kpisetid"] = world.KpiSets[set],
        });
        var revenue = new EntityReference("spm_target", Guid.Empty);
        foreach (var (kpi, weight) in rep.Hunter ? KpiSection.Hunter : KpiSection.AccountManager)
        {
            var target = new Entity("spm_target")
            {
                ["spm_name"] = $"{rep.FullName} {kpi} {code}", ["ownerid"] = owner, ["spm_kpiid"] = world.Kpis[kpi],
                ["spm_periodid"] = period, ["spm_scorecardid"] = scorecard, ["spm_targetvalue"] = Value(world, rep, kpi, parts),
                ["spm_weight"] = weight, ["spm_scorecap"] = 150m, ["spm_thresholdpercent"] = 50m,
                ["spm_rollupsource"] = new OptionSetValue(OwnRecords),
            };
            if (kpi == "REV")
            {
                target["spm_parenttargetid"] = revenueParent;
            }

            var created = b.Create(at, $"Target {rep.FullName} {kpi} {code}", target);
            if (kpi == "REV")
            {
                revenue = created;
            }
        }

        return revenue;
    }

    /// <summary>The year value of the KPI divided into <paramref name="parts"/> (amounts and counts; ratios and days stay).</summary>
    private static decimal Value(DemoWorld world, DemoPerson rep, string kpi, decimal parts)
    {
        var deals = Math.Max(1, world.Options.OpportunitiesPerRep);
        return kpi switch
        {
            "REV" => Math.Round(rep.YearQuota / parts, 2),
            "WON" => Math.Max(1, Math.Round(deals * 0.5m / parts)),
            "WINRATE" => 50m,
            "CYCLE" => 45m,
            "NEWCUST" => Math.Max(1, Math.Round(deals * 0.2m / parts)),
            "ORDER" => Rounding.To(rep.YearQuota * 0.9m / parts, 1_000m),
            "GM" => Rounding.To(rep.YearQuota * 0.35m / parts, 1_000m),
            "COLLECT" => Rounding.To(rep.YearQuota * 0.8m / parts, 1_000m),
            _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, "Unknown KPI code."),
        };
    }
}
