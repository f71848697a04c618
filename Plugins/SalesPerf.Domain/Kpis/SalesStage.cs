using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Kpis;

/// <summary>
/// The stages of <c>opportunity.salesstage</c> a FunnelStageConversion KPI may name (<c>spm_kpi.spm_salesstage</c>):
/// the stock options Qualify 0, Develop 1, Propose 2, Close 3, in pipeline order. An opportunity reached a stage when
/// it is won or lost at that stage or a later one, and moved past it when it is won or lost at a later stage.
/// </summary>
public static class SalesStage
{
    private static readonly Dictionary<int, BilingualText> Stages = new()
    {
        [0] = BilingualText.Of("Qualify", "资格审查"),
        [1] = BilingualText.Of("Develop", "开发"),
        [2] = BilingualText.Of("Propose", "提议"),
        [3] = BilingualText.Of("Close", "结束"),
    };

    public static IReadOnlyCollection<int> Values => Stages.Keys.OrderBy(v => v).ToArray();

    public static bool Exists(int value) => Stages.ContainsKey(value);

    public static BilingualText? Label(int value) => Stages.TryGetValue(value, out var label) ? label : null;

    /// <summary>The stages as "0 Qualify, 1 Develop, …" for messages.</summary>
    public static string List(bool chinese) =>
        string.Join(chinese ? "、" : ", ", Stages.OrderBy(s => s.Key).Select(s => $"{s.Key} {(chinese ? s.Value.Chinese : s.Value.English)}"));
}
