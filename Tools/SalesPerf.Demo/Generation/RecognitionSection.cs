using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// Recognition: three honour rules at setup (first to 100 % revenue in a quarter and in a month, top 3 of the quarter's
/// leaderboard), and kudos to reps through the year. The honours themselves are granted by the organisation: the
/// first-to-reach ones by the wins of <see cref="BusinessSection"/>, the top 3 by the closing recalculation once a quarter has ended.
/// </summary>
internal static class RecognitionSection
{
    private const int FirstToReach = 100000000;
    private const int TopOfLeaderboard = 100000001;
    private const int Quarter = 100000002;
    private const int Month = 100000003;

    private static readonly string[] Messages =
    [
        "Thank you for the handover notes 感谢你的交接笔记",
        "Great demo to the customer 客户演示很精彩",
        "You saved the renewal 你挽回了续约",
        "Thanks for coaching the new joiner 感谢你辅导新同事",
        "Brilliant pricing proposal 报价方案非常出色",
    ];

    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        b.Create(world.SetupAt, "Honour rule first to 100 % revenue this quarter", Rule("First to 100 % revenue this quarter 本季度首位收入达成 100%", FirstToReach, Quarter, r =>
        {
            r["spm_kpiid"] = world.Kpis["REV"];
            r["spm_thresholdpercent"] = 100m;
        }));
        b.Create(world.SetupAt, "Honour rule first to 100 % revenue this month", Rule("First to 100 % revenue this month 本月首位收入达成 100%", FirstToReach, Month, r =>
        {
            r["spm_kpiid"] = world.Kpis["REV"];
            r["spm_thresholdpercent"] = 100m;
        }));
        b.Create(world.SetupAt, "Honour rule top 3 of the quarter", Rule("Top 3 of the quarter 季度前三名", TopOfLeaderboard, Quarter, r => r["spm_topn"] = 3));

        var reps = world.Reps.ToList();
        for (var month = 0; month < world.Options.BusinessMonths && reps.Count > 0; month++)
        {
            for (var i = 0; i < 3; i++)
            {
                var recipient = reps[b.Random.Next(reps.Count)];
                var at = world.Start.AddMonths(month).AddDays(b.Random.Next(1, 27)).AddHours(10 + i);
                if (at > world.BusinessEnd)
                {
                    continue;
                }

                b.Create(at, "Kudos to " + recipient.FullName, new Entity("spm_recognition")
                {
                    ["spm_name"] = "Kudos 点赞 · " + recipient.FullName,
                    ["spm_recipientid"] = DemoWorld.User(recipient.Id),
                    ["spm_message"] = Messages[b.Random.Next(Messages.Length)],
                    ["spm_kpiid"] = world.Kpis["REV"],
                });
            }
        }
    }

    private static Entity Rule(string name, int kind, int periodType, Action<Entity> more)
    {
        var rule = new Entity("spm_honourrule")
        {
            ["spm_name"] = name, ["spm_kind"] = new OptionSetValue(kind), ["spm_periodtype"] = new OptionSetValue(periodType),
        };
        more(rule);
        return rule;
    }
}
