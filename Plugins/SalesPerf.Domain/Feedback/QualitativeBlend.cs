using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Feedback;

/// <summary>
/// The review's qualitative score with 360° feedback: Σ weight × part ÷ Σ weight over the parts that exist (manager
/// ratings, peer aggregate, customer aggregate) and have a weight above 0 — weights renormalise, as on scorecards.
/// Without any feedback aggregate it is the manager part alone, exactly as before feedback existed; when no existing
/// part has a weight above 0 it is the manager part (or null without ratings). Rounded once, to 2 decimals.
/// </summary>
public static class QualitativeBlend
{
    public static decimal? Of(decimal? manager, decimal? peer, decimal? customer, FeedbackWeights weights)
    {
        if (!peer.HasValue && !customer.HasValue)
        {
            return manager;
        }

        var parts = new List<KeyValuePair<decimal, decimal>>();
        Add(parts, weights.Manager, manager);
        Add(parts, weights.Peer, peer);
        Add(parts, weights.Customer, customer);
        var total = parts.Sum(p => p.Key);
        return total == 0m ? manager : CurrencyRounding.Round(parts.Sum(p => p.Key * p.Value) / total);
    }

    /// <summary>Adds the part as weight → value when it exists and weighs.</summary>
    private static void Add(List<KeyValuePair<decimal, decimal>> parts, decimal weight, decimal? value)
    {
        if (value.HasValue && weight > 0m)
        {
            parts.Add(new KeyValuePair<decimal, decimal>(weight, value.Value));
        }
    }
}
