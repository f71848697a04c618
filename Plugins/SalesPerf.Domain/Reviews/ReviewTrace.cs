using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Reviews;

/// <summary>Words for a review's scores, e.g. "Overall (70 × 106.00 + 30 × 80.00) ÷ 100 = 98.20 → Exceeds."</summary>
internal static class ReviewTrace
{
    public static BilingualText Describe(decimal? quantitative, ReviewRatings ratings, decimal? qualitative, decimal weight, decimal? overall, OverallRating? rating)
    {
        var quantEn = quantitative.HasValue ? "Quantitative " + TraceNumbers.Cash(quantitative.Value) + " (scorecard weighted score)." : "No quantitative score (no scorecard score).";
        var quantZh = quantitative.HasValue ? "定量得分 " + TraceNumbers.Cash(quantitative.Value) + "（计分卡加权得分）。" : "无定量得分（计分卡无得分）。";
        var given = ratings.Given;
        var list = string.Join(", ", given);
        var mean = given.Count == 0 ? 0m : (decimal)given.Sum() / given.Count;
        var qualEn = qualitative.HasValue
            ? " Qualitative " + TraceNumbers.Cash(qualitative.Value) + " = mean of ratings " + list + " (" + TraceNumbers.Plain(mean) + ") × 20."
            : " No qualitative score (no ratings yet).";
        var qualZh = qualitative.HasValue
            ? "定性得分 " + TraceNumbers.Cash(qualitative.Value) + " = 评分 " + list + " 的平均值（" + TraceNumbers.Plain(mean) + "）× 20。"
            : "无定性得分（尚未评分）。";

        string overallEn;
        string overallZh;
        if (!overall.HasValue)
        {
            overallEn = " No overall score.";
            overallZh = "无综合得分。";
        }
        else if (quantitative.HasValue && qualitative.HasValue)
        {
            var w = TraceNumbers.Plain(weight);
            var rest = TraceNumbers.Plain(100m - weight);
            var formula = "(" + w + " × " + TraceNumbers.Cash(quantitative.Value) + " + " + rest + " × " + TraceNumbers.Cash(qualitative.Value) + ") ÷ 100 = " + TraceNumbers.Cash(overall.Value);
            overallEn = " Overall " + formula + " → " + rating + ".";
            overallZh = "综合得分 " + formula + " → " + Chinese(rating!.Value) + "。";
        }
        else
        {
            overallEn = " Overall " + TraceNumbers.Cash(overall.Value) + " (only one part is available) → " + rating + ".";
            overallZh = "综合得分 " + TraceNumbers.Cash(overall.Value) + "（仅有一项得分）→ " + Chinese(rating!.Value) + "。";
        }

        return BilingualText.Of(quantEn + qualEn + overallEn, quantZh + qualZh + overallZh);
    }

    private static string Chinese(OverallRating rating) => rating switch
    {
        OverallRating.Outstanding => "卓越",
        OverallRating.Exceeds => "超出期望",
        OverallRating.Meets => "达到期望",
        OverallRating.Below => "低于期望",
        _ => "不合格",
    };
}
