using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Development;

/// <summary>
/// Which of a review's scores a development plan should address: the competencies rated 3 or lower (weakest first;
/// ties in the review's order: teamwork, growth, customer focus, attitude), at most <see cref="MaxCompetencies"/>, and the
/// scorecard's KPI targets below 100 % attainment (lowest first, ties by label), at most <see cref="MaxKpis"/>. Scores
/// already addressed (by key) are left out, so proposing again adds nothing.
/// </summary>
public static class DevelopmentProposal
{
    public const int WeakRating = 3;
    public const decimal WeakAttainment = 100m;
    public const int MaxCompetencies = 2;
    public const int MaxKpis = 2;

    public static IReadOnlyList<WeakScore> Choose(IReadOnlyList<WeakScore> competencies, IReadOnlyList<WeakScore> kpis, ISet<string> alreadyProposed)
    {
        var weakCompetencies = competencies
            .Where(c => c.Value <= WeakRating)
            .OrderBy(c => c.Value).ThenBy(c => IndexOf(competencies, c))
            .Take(MaxCompetencies);
        var weakKpis = kpis
            .Where(k => k.Value < WeakAttainment)
            .OrderBy(k => k.Value).ThenBy(k => k.Label, System.StringComparer.Ordinal)
            .Take(MaxKpis);
        return weakCompetencies.Concat(weakKpis).Where(s => !alreadyProposed.Contains(s.Key)).ToList();
    }

    private static int IndexOf(IReadOnlyList<WeakScore> scores, WeakScore score)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            if (ReferenceEquals(scores[i], score))
            {
                return i;
            }
        }

        return scores.Count;
    }
}
