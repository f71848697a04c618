namespace SalesPerf.Demo.Generation;

/// <summary>People and customers of the demo organisation.</summary>
internal static class DemoNames
{
    public static readonly string[] Managers = ["张伟 Zhang Wei", "李娜 Li Na"];

    public static readonly string[] Teams = ["East 华东", "North 华北"];

    public static readonly string[] Reps =
    [
        "陈杰 Chen Jie", "王芳 Wang Fang", "Emily Zhou 周艾米", "刘洋 Liu Yang", "David Sun 孙大卫",
        "赵敏 Zhao Min", "黄磊 Huang Lei", "Grace Lin 林格蕾", "徐静 Xu Jing", "Michael Wu 吴迈克",
    ];

    public static readonly string[] CustomerStems =
    [
        "Huaxin", "Jinlong", "Tianyu", "Hengtai", "Dongfang", "Xinghe", "Baoli", "Ruida", "Changjiang", "Haitian",
        "Zhongke", "Yuanda", "Minsheng", "Kaiyuan", "Lianhe", "Shengda", "Hongxing", "Taihe", "Wanjia", "Fuxing",
    ];

    public static readonly string[] CustomerKinds = ["Electronics 电子", "Logistics 物流", "Foods 食品", "Machinery 机械", "Pharma 医药", "Retail 零售"];

    public static readonly (string Name, string Number, decimal Price, decimal Cost)[] Products =
    [
        ("SalesPerf Cloud seat 云席位", "SPM-SEAT", 1_200m, 300m),
        ("Analytics add-on 分析模块", "SPM-ANL", 8_000m, 2_400m),
        ("Implementation day 实施人天", "SPM-IMPL", 6_000m, 3_900m),
        ("Edge gateway 边缘网关", "SPM-GW", 25_000m, 16_500m),
        ("Premium support 高级支持", "SPM-SUP", 30_000m, 9_000m),
        ("Training package 培训套餐", "SPM-TRN", 12_000m, 6_000m),
    ];
}
