using System.Collections.Generic;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Feedback;

/// <summary>
/// How the qualitative score of a review cycle (a period) blends the manager's ratings with peer and customer feedback,
/// and how many responses of a kind must arrive before its aggregate is shown and counted (anonymity). When a period
/// sets none of the three weights, <see cref="Default"/> applies (60 / 20 / 20, at least 3 responses).
/// </summary>
public sealed record FeedbackWeights(decimal Manager, decimal Peer, decimal Customer, int MinimumResponses)
{
    public const int DefaultMinimumResponses = 3;
    public const int MaximumMinimumResponses = 50;

    public static FeedbackWeights Default { get; } = new(60m, 20m, 20m, DefaultMinimumResponses);

    /// <summary>All three weights empty → the defaults; else each 0–100 and Σ = 100 (SPM-FBK-016); minimum 1–50 (SPM-FBK-017).</summary>
    public static Validated<FeedbackWeights> Create(decimal? manager, decimal? peer, decimal? customer, int? minimumResponses)
    {
        var violations = new List<RuleViolation>();
        var minimum = minimumResponses ?? DefaultMinimumResponses;
        if (minimum < 1 || minimum > MaximumMinimumResponses)
        {
            violations.Add(RuleViolation.Of(FeedbackRuleCodes.MinimumResponsesInvalid, minimum));
        }

        var none = !manager.HasValue && !peer.HasValue && !customer.HasValue;
        if (!none)
        {
            var all = manager.HasValue && peer.HasValue && customer.HasValue;
            var inRange = all && InRange(manager!.Value) && InRange(peer!.Value) && InRange(customer!.Value);
            if (!inRange || manager!.Value + peer!.Value + customer!.Value != 100m)
            {
                violations.Add(RuleViolation.Of(FeedbackRuleCodes.WeightsInvalid, Show(manager), Show(peer), Show(customer)));
            }
        }

        if (violations.Count > 0)
        {
            return Validated<FeedbackWeights>.Failure(violations);
        }

        return Validated<FeedbackWeights>.Success(none
            ? Default with { MinimumResponses = minimum }
            : new FeedbackWeights(manager!.Value, peer!.Value, customer!.Value, minimum));
    }

    private static bool InRange(decimal value) => value >= 0m && value <= 100m;

    private static string Show(decimal? value) => value.HasValue ? value.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
