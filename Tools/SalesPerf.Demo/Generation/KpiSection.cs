using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>The KPI catalogue, the two older templates (hunter, account manager) and issue 14's three role sets, which the scorecards use.</summary>
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
        ("GROWTH", "Revenue growth 收入增长率", 100000011, Higher, Percent),
        ("VISITS", "Completed visits 完成拜访数", 100000014, Higher, Count),
        ("VISITWIN", "Visit success rate 拜访成功率", 100000015, Higher, Percent),
        ("LEADCONV", "Lead conversion 线索转化率", 100000016, Higher, Percent),
        ("RETAIN", "Customer retention 客户留存率", 100000018, Higher, Percent),
        ("CHURN", "Customer churn 客户流失率", 100000019, Lower, Percent),
        ("XSELL", "Cross-sell 交叉销售", 100000020, Higher, Count),
        ("CSAT", "Customer satisfaction 客户满意度", 100000021, Higher, Percent),
    ];

    /// <summary>
    /// Issue 14's sample KPI sets for the roles the product follows (docs/demo.md): configuration an admin copies to
    /// scorecards, and the sets of the demo's scorecards (<see cref="DemoRoles"/> chooses one per rep).
    /// </summary>
    public static readonly (string Key, string Name, (string Code, decimal Weight)[] Items)[] RoleSets =
    [
        ("ROLE-HUNTER", "Hunter 新客户开拓 (issue 14)", [("NEWCUST", 40m), ("LEADCONV", 30m), ("VISITWIN", 30m)]),
        ("ROLE-KAM", "Key-account manager 大客户经理", [("RETAIN", 30m), ("XSELL", 25m), ("CSAT", 20m), ("GROWTH", 25m)]),
        ("ROLE-FIELD", "Field rep 外勤销售", [("VISITS", 30m), ("WINRATE", 30m), ("REV", 40m)]),
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
        foreach (var (key, name, items) in RoleSets)
        {
            Set(world, key, name, items);
        }
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
