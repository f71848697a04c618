using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>The KPI catalogue and the two role templates (hunter, account manager).</summary>
internal static class KpiSection
{
    private const int Higher = 100000000;
    private const int Lower = 100000001;
    private const int Amount = 100000000;
    private const int Count = 100000001;
    private const int Percent = 100000002;
    private const int Days = 100000003;

    /// <summary>Code, name, measure, direction, unit.</summary>
    private static readonly (string Code, string Name, int Measure, int Direction, int Unit)[] Catalogue =
    [
        ("REV", "Revenue 赢单收入", 100000000, Higher, Amount),
        ("WON", "Won deals 赢单数", 100000001, Higher, Count),
        ("WINRATE", "Win rate 赢率", 100000002, Higher, Percent),
        ("CYCLE", "Sales cycle 销售周期", 100000003, Lower, Days),
        ("NEWCUST", "New customers 新客户", 100000004, Higher, Count),
        ("ORDER", "Order amount 订单金额", 100000006, Higher, Amount),
        ("GM", "Gross margin 毛利", 100000007, Higher, Amount),
        ("COLLECT", "Collected 回款", 100000009, Higher, Amount),
    ];

    public static readonly (string Code, decimal Weight)[] Hunter = [("REV", 40m), ("NEWCUST", 20m), ("WINRATE", 15m), ("CYCLE", 15m), ("WON", 10m)];

    public static readonly (string Code, decimal Weight)[] AccountManager = [("REV", 30m), ("ORDER", 20m), ("GM", 20m), ("COLLECT", 20m), ("WINRATE", 10m)];

    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var at = world.SetupAt;
        foreach (var (code, name, measure, direction, unit) in Catalogue)
        {
            world.Kpis[code] = b.Create(at, "KPI " + code, new Entity("spm_kpi")
            {
                ["spm_name"] = name, ["spm_code"] = code, ["spm_measure"] = new OptionSetValue(measure),
                ["spm_direction"] = new OptionSetValue(direction), ["spm_unit"] = new OptionSetValue(unit),
            });
        }

        Set(world, "HUNTER", "Hunter 新客户开拓", Hunter);
        Set(world, "AM", "Account manager 客户经理", AccountManager);
    }

    private static void Set(DemoWorld world, string key, string name, (string Code, decimal Weight)[] items)
    {
        var b = world.Builder;
        var set = b.Create(world.SetupAt, "KPI set " + key, new Entity("spm_kpiset") { ["spm_name"] = name });
        world.KpiSets[key] = set;
        var order = 1;
        foreach (var (code, weight) in items)
        {
            b.Create(world.SetupAt, "KPI set item " + key + " " + code, new Entity("spm_kpisetitem")
            {
                ["spm_name"] = $"{order++:00} {code}", ["spm_kpisetid"] = set, ["spm_kpiid"] = world.Kpis[code],
                ["spm_weight"] = weight, ["spm_scorecap"] = 150m, ["spm_thresholdpercent"] = 50m,
            });
        }
    }
}
