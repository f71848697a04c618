using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Team revenue targets for the year (their actual rolls up from the members), and per rep a year scorecard with one
/// target per KPI of the rep's role set (issue 14: hunter, key-account or field rep, <see cref="DemoRoles"/>) and a
/// revenue target (a child of the team's; in the scorecard only when the set has REV), and a scorecard per business quarter
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
        foreach (var (rep, role) in DemoRoles.Assign(world.Reps))
        {
            world.Roles[rep] = role;
        }

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

    /// <summary>
    /// Creates the scorecard with one target per KPI of the rep's role set (<see cref="DemoRoles"/>) and returns the
    /// revenue target. Every rep has a revenue target (the team's target rolls up from them, the commission plans and
    /// OKRs follow them): in the scorecard when the set has REV (field rep), else beside it without a scorecard.
    /// </summary>
    private static EntityReference Scorecard(DemoWorld world, DemoPerson rep, EntityReference period, string code, EntityReference revenueParent, decimal parts, DateTime at)
    {
        var b = world.Builder;
        var owner = DemoWorld.User(rep.Id);
        var set = world.Roles[rep.Id];
        var items = KpiSection.RoleSets.Single(s => s.Key == set).Items;
        var scorecard = b.Create(at, "Scorecard " + rep.FullName, new Entity("spm_scorecard")
        {
            ["spm_name"] = $"{rep.FullName} {code}", ["ownerid"] = owner, ["spm_periodid"] = period, ["spm_kpisetid"] = world.KpiSets[set],
        });
        var revenue = new EntityReference("spm_target", Guid.Empty);
        foreach (var (kpi, weight) in items)
        {
            var created = Target(world, rep, kpi, period, code, parts, at, scorecard, weight, kpi == "REV" ? revenueParent : null);
            if (kpi == "REV")
            {
                revenue = created;
            }
        }

        return revenue.Id != Guid.Empty ? revenue : Target(world, rep, "REV", period, code, parts, at, null, null, revenueParent);
    }

    private static EntityReference Target(DemoWorld world, DemoPerson rep, string kpi, EntityReference period, string code, decimal parts, DateTime at,
        EntityReference? scorecard, decimal? weight, EntityReference? parent)
    {
        var target = new Entity("spm_target")
        {
            ["spm_name"] = $"{rep.FullName} {kpi} {code}", ["ownerid"] = DemoWorld.User(rep.Id), ["spm_kpiid"] = world.Kpis[kpi],
            ["spm_periodid"] = period, ["spm_targetvalue"] = Value(world, rep, kpi, parts),
            ["spm_scorecap"] = 150m, ["spm_thresholdpercent"] = 50m, ["spm_rollupsource"] = new OptionSetValue(OwnRecords),
        };
        if (scorecard is not null)
        {
            target["spm_scorecardid"] = scorecard;
        }

        if (weight is not null)
        {
            target["spm_weight"] = weight.Value;
        }

        if (parent is not null)
        {
            target["spm_parenttargetid"] = parent;
        }

        return world.Builder.Create(at, $"Target {rep.FullName} {kpi} {code}", target);
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
            "GROWTH" => 10m,
            "VISITS" => Math.Max(1, Math.Round(ActivitySection.VisitsPerMonth(DemoRoles.Field) * 12m * 0.75m / parts)),
            "VISITWIN" => 70m,
            "LEADCONV" => 40m,
            "RETAIN" => 60m,
            "CHURN" => 40m,
            "XSELL" => Math.Max(1, Math.Round(8m / parts)),
            "CSAT" => 80m,
            _ => throw new ArgumentOutOfRangeException(nameof(kpi), kpi, "Unknown KPI code."),
        };
    }
}
