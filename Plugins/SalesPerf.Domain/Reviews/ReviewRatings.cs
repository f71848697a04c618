using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Reviews;

/// <summary>The four qualitative ratings of a review, each 1–5 or not (yet) given.</summary>
public readonly record struct ReviewRatings
{
    private ReviewRatings(int? teamwork, int? growth, int? customerFocus, int? attitude)
    {
        Teamwork = teamwork;
        Growth = growth;
        CustomerFocus = customerFocus;
        Attitude = attitude;
    }

    public static ReviewRatings None => default;

    public int? Teamwork { get; }

    public int? Growth { get; }

    public int? CustomerFocus { get; }

    public int? Attitude { get; }

    /// <summary>The ratings given, in column order.</summary>
    public IReadOnlyList<int> Given => new[] { Teamwork, Growth, CustomerFocus, Attitude }.Where(r => r.HasValue).Select(r => r!.Value).ToArray();

    /// <summary>Validated: each given rating is 1–5 (SPM-REV-004, naming the column).</summary>
    public static Validated<ReviewRatings> Create(int? teamwork, int? growth, int? customerFocus, int? attitude)
    {
        var violations = new List<RuleViolation>();
        Check(violations, ReviewField.TeamworkRating, teamwork);
        Check(violations, ReviewField.GrowthRating, growth);
        Check(violations, ReviewField.CustomerFocusRating, customerFocus);
        Check(violations, ReviewField.AttitudeRating, attitude);
        return violations.Count > 0
            ? Validated<ReviewRatings>.Failure(violations)
            : Validated<ReviewRatings>.Success(new ReviewRatings(teamwork, growth, customerFocus, attitude));
    }

    private static void Check(List<RuleViolation> violations, ReviewField field, int? rating)
    {
        if (rating.HasValue && (rating.Value < 1 || rating.Value > 5))
        {
            violations.Add(RuleViolation.Of(ReviewRuleCodes.RatingOutOfRange, ReviewFieldNames.LogicalName(field), rating.Value));
        }
    }
}
