using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>Two commission plans with tiers, and one plan assignment per rep and business quarter.</summary>
internal static class CommissionSection
{
    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var at = world.SetupAt.AddHours(2);
        var from = DateTime.SpecifyKind(world.Start.Date, DateTimeKind.Unspecified);
        var to = from.AddYears(1).AddDays(-1);
        world.HunterPlan = b.Create(at, "Plan hunter", new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Hunter won revenue 新签收入提成", ["spm_basis"] = new OptionSetValue(100000000),
            ["spm_tierscope"] = new OptionSetValue(100000000), ["spm_tiermode"] = new OptionSetValue(100000001),
            ["spm_tierbasis"] = new OptionSetValue(100000000), ["spm_payoutcap"] = new Money(200_000m),
            ["spm_acceleratorgate"] = 80m, ["spm_clawbackdays"] = 90, ["spm_effectivefrom"] = from, ["spm_effectiveto"] = to,
        });
        Tier(world, world.HunterPlan, "0–100 %", 0m, 100m, 4m);
        Tier(world, world.HunterPlan, "100–150 %", 100m, 150m, 6m);
        Tier(world, world.HunterPlan, "150 %+", 150m, null, 8m);
        world.AccountManagerPlan = b.Create(at, "Plan account manager", new Entity("spm_commissionplan")
        {
            ["spm_name"] = "Account manager collections 回款提成", ["spm_basis"] = new OptionSetValue(100000003),
            ["spm_tierscope"] = new OptionSetValue(100000000), ["spm_tiermode"] = new OptionSetValue(100000000),
            ["spm_tierbasis"] = new OptionSetValue(100000001), ["spm_clawbackdays"] = 0,
            ["spm_effectivefrom"] = from, ["spm_effectiveto"] = to,
        });
        Tier(world, world.AccountManagerPlan, "0–300k", 0m, 300_000m, 2m);
        Tier(world, world.AccountManagerPlan, "300k+", 300_000m, null, 3m);

        var quarters = (world.Options.BusinessMonths + 2) / 3;
        foreach (var rep in world.Reps)
        {
            for (var q = 1; q <= quarters; q++)
            {
                var code = $"FY{world.Options.FiscalYear}-Q{q}";
                b.Create(at, $"Plan assignment {rep.FullName} {code}", new Entity("spm_planassignment")
                {
                    ["spm_name"] = $"{rep.FullName} {code}", ["ownerid"] = DemoWorld.User(rep.Id),
                    ["spm_commissionplanid"] = rep.Hunter ? world.HunterPlan : world.AccountManagerPlan,
                    ["spm_periodid"] = world.Periods[code], ["spm_quotaamount"] = new Money(Math.Round(rep.YearQuota / 4m, 2)),
                });
            }
        }
    }

    private static void Tier(DemoWorld world, EntityReference plan, string name, decimal lower, decimal? upper, decimal rate)
    {
        var tier = new Entity("spm_commissiontier")
        {
            ["spm_name"] = name, ["spm_commissionplanid"] = plan, ["spm_lowerbound"] = lower, ["spm_ratepercent"] = rate,
        };
        if (upper is decimal bound)
        {
            tier["spm_upperbound"] = bound;
        }

        world.Builder.Create(world.SetupAt.AddHours(2), "Tier " + name, tier);
    }
}
