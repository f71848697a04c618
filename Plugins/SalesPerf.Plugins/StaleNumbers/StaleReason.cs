using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// The text of <c>spm_recalculationreason</c>: the English line, a line break, then the Chinese line (as
/// <c>spm_calculationtrace</c> does), so every reader finds their language in the row whoever made the change. It names
/// the changed record by name, what changed, the day (UTC) and who changed it, and says what to do; cut to the column's
/// 1,000 characters, each language to its half.
/// </summary>
public sealed record StaleReason(string English, string Chinese)
{
    private static readonly IReadOnlyDictionary<string, string> ChineseParts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["measure"] = "度量",
        ["filter"] = "筛选条件",
        ["direction"] = "方向",
        ["phone calls"] = "电话联络",
    };

    /// <summary>What the row stores: both lines, within <see cref="StaleBudget.ReasonLength"/>.</summary>
    public string Text
    {
        get
        {
            var half = (StaleBudget.ReasonLength - 1) / 2;
            return Fit(English, half) + "\n" + Fit(Chinese, half);
        }
    }

    /// <param name="parts">The KPI columns that changed: "measure", "filter", "direction", "phone calls".</param>
    public static StaleReason Kpi(string kpi, IReadOnlyCollection<string> parts, DateTime on, string by) => new(
        string.Format(
            CultureInfo.InvariantCulture,
            "KPI '{0}': {1} changed on {2} by {3}; these numbers were computed before the change. Run Recalculate.",
            kpi, string.Join(" and ", parts), Day(on), by),
        string.Format(
            CultureInfo.InvariantCulture,
            "KPI“{0}”的{1}已于 {2} 由 {3} 更改；这些数字是在更改之前计算的。请运行“重新计算”。",
            kpi, string.Join("、", parts.Select(p => ChineseParts.TryGetValue(p, out var zh) ? zh : p)), Day(on), by));

    /// <param name="assignments">Plan assignments of the period whose statements were not recomputed either (0: none).</param>
    public static StaleReason Period(string period, string oldDates, string newDates, DateTime on, string by, int assignments) => new(
        string.Format(
            CultureInfo.InvariantCulture,
            "Period '{0}': dates changed from {1} to {2} on {3} by {4}; these numbers were computed before the change. Run Recalculate for the period{5}.",
            period, oldDates, newDates, Day(on), by,
            assignments == 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, " (it also recomputes the commission statements of its {0} plan assignments)", assignments)),
        string.Format(
            CultureInfo.InvariantCulture,
            "期间“{0}”：日期已于 {3} 由 {4} 从 {1} 改为 {2}；这些数字是在更改之前计算的。请对该期间运行“重新计算”{5}。",
            period, oldDates, newDates, Day(on), by,
            assignments == 0 ? string.Empty : string.Format(CultureInfo.InvariantCulture, "（同时重新计算其 {0} 个计划分配的佣金对账单）", assignments)));

    private static string Day(DateTime on) => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Fit(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
