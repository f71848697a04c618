using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Feedback;

/// <summary>
/// The submitted answers of one kind (peer or customer) for one review: how many arrived, and their score — the mean
/// of the answers' scores, each respondent counting once — shown only when at least the cycle's minimum arrived
/// (otherwise null: "not enough responses", and the kind does not count in the qualitative score).
/// </summary>
public sealed record FeedbackAggregate(int Responses, decimal? Score)
{
    public static FeedbackAggregate None { get; } = new(0, null);

    public static FeedbackAggregate Of(IReadOnlyCollection<decimal> answerScores, int minimumResponses)
    {
        var count = answerScores.Count;
        return count == 0 || count < minimumResponses
            ? new FeedbackAggregate(count, null)
            : new FeedbackAggregate(count, CurrencyRounding.Round(answerScores.Sum() / count));
    }

    /// <summary>One answer's score: the mean of its given ratings (1–5) × 20, rounded; null when none is given.</summary>
    public static decimal? AnswerScore(IEnumerable<int?> ratings)
    {
        var given = ratings.Where(r => r.HasValue).Select(r => r!.Value).ToList();
        return given.Count == 0 ? null : CurrencyRounding.Round(given.Sum() * 20m / given.Count);
    }
}
