using System.Globalization;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Recognition;

/// <summary>Why an honour was granted, in English and Chinese, stored on the honour (both lines) and shown on the wall.</summary>
public static class HonourReason
{
    /// <summary>"'First to 100 %': first to reach 100 % in FY2026 Q1, with 104.5 % on target 'Alice Q1'."</summary>
    public static BilingualText FirstToReach(string rule, decimal threshold, string period, decimal attainment, string target) => BilingualText.Of(
        string.Format(CultureInfo.InvariantCulture, "'{0}': first to reach {1} % in {2}, with {3} % on target '{4}'.", rule, Percent(threshold), period, Percent(attainment), target),
        string.Format(CultureInfo.InvariantCulture, "“{0}”：在 {2} 中首位达到 {1}%，目标“{4}”达成 {3}%。", rule, Percent(threshold), period, Percent(attainment), target));

    /// <summary>"'Top 3 of the quarter': rank 2 of the leaderboard of FY2026 Q1 (top 3), weighted score 97.5."</summary>
    public static BilingualText TopOfLeaderboard(string rule, int rank, int topN, string period, decimal? score) => BilingualText.Of(
        string.Format(CultureInfo.InvariantCulture, "'{0}': rank {1} of the leaderboard of {2} (top {3}), weighted score {4}.", rule, rank, period, topN, Percent(score)),
        string.Format(CultureInfo.InvariantCulture, "“{0}”：{2} 排行榜第 {1} 名（前 {3} 名），加权得分 {4}。", rule, rank, period, topN, Percent(score)));

    /// <summary>
    /// "'Top 3 of the quarter': taken back at the rank refresh of FY2026 Q1: now rank 4 (top 3), weighted score 88."
    /// The rank is empty when the holder's scorecard left the ranking (deactivated, or no longer theirs).
    /// </summary>
    public static BilingualText TopOfLeaderboardRevoked(string rule, int? rank, int topN, string period, decimal? score) => BilingualText.Of(
        string.Format(CultureInfo.InvariantCulture, "'{0}': taken back at the rank refresh of {1}: now {2} (top {3}), weighted score {4}.", rule, period,
            rank is { } r ? "rank " + r.ToString(CultureInfo.InvariantCulture) : "not ranked", topN, Percent(score)),
        string.Format(CultureInfo.InvariantCulture, "“{0}”：在 {1} 的排名刷新中收回：现为{2}（前 {3} 名），加权得分 {4}。", rule, period,
            rank is { } c ? "第 " + c.ToString(CultureInfo.InvariantCulture) + " 名" : "未排名", topN, Percent(score)));

    /// <summary>Both languages in the one stored column: English first, Chinese on the next line.</summary>
    public static string Stored(BilingualText reason) => reason.English + "\n" + reason.Chinese;

    private static string Percent(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";
}
