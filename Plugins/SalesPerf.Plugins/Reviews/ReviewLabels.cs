using System;
using System.Linq;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Statuses and parties in the user's language, for the arguments of review messages. The domain writes them as enum
/// names ("ManagerReview", "Reviewer/Admin", "Draft → SelfAssessment"); every such token is translated, anything else
/// (column names, numbers) is left as it is.
/// </summary>
internal static class ReviewLabels
{
    private const string Arrow = " → ";

    public static string Localize(string argument, int languageId)
    {
        if (argument.Contains(Arrow))
        {
            return string.Join(Arrow, argument.Split(new[] { Arrow }, StringSplitOptions.None).Select(part => Localize(part, languageId)));
        }

        if (argument.Contains('/'))
        {
            var chinese = languageId == LanguageCodes.ChineseSimplified;
            var parts = argument.Split('/');
            return parts.All(IsParty)
                ? string.Join(chinese ? "或" : " or ", parts.Select(part => Token(part, languageId)))
                : argument;
        }

        return Token(argument, languageId);
    }

    public static string Status(ReviewStatus status, int languageId) => Token(status.ToString(), languageId);

    /// <summary>The caller's part, as it reads after "you are": "the reviewee", "neither the reviewee nor the reviewer".</summary>
    public static string Caller(string party, int languageId)
    {
        if (languageId == LanguageCodes.ChineseSimplified)
        {
            return Token(party, languageId);
        }

        return party switch
        {
            nameof(ReviewParty.Admin) => "a SalesPerf admin",
            nameof(ReviewParty.Other) => Token(party, languageId),
            _ => "the " + Token(party, languageId),
        };
    }

    private static bool IsParty(string token) => Enum.TryParse<ReviewParty>(token, out _);

    private static string Token(string token, int languageId)
    {
        var chinese = languageId == LanguageCodes.ChineseSimplified;
        return token switch
        {
            nameof(ReviewStatus.Draft) => chinese ? "草稿" : "Draft",
            nameof(ReviewStatus.SelfAssessment) => chinese ? "自评" : "Self-assessment",
            nameof(ReviewStatus.ManagerReview) => chinese ? "经理评估" : "Manager review",
            nameof(ReviewStatus.Completed) => chinese ? "已完成" : "Completed",
            nameof(ReviewStatus.Acknowledged) => chinese ? "已确认" : "Acknowledged",
            nameof(ReviewParty.Reviewee) => chinese ? "被评估人" : "reviewee",
            nameof(ReviewParty.Reviewer) => chinese ? "评估人" : "reviewer",
            nameof(ReviewParty.Admin) => chinese ? "SalesPerf 管理员" : "SalesPerf admin",
            nameof(ReviewParty.Other) => chinese ? "既非被评估人也非评估人" : "neither the reviewee nor the reviewer",
            _ => token,
        };
    }
}
