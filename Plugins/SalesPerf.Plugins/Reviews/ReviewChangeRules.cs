using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Every rule a change of a stored review must keep (domain.md §7 and §8), checked all at once: computed columns are
/// the engine's; the status moves one step at a time and only by the step's party (<see cref="ReviewWorkflow"/>); a
/// column is written only at its step and by its party; setup columns (reviewee, reviewer, period, scorecard) only in
/// Draft by the reviewer or an admin; a Completed or Acknowledged review changes in nothing but its acknowledgement;
/// ratings are 1–5 and the weight 0–100.
/// </summary>
internal static class ReviewChangeRules
{
    private static readonly ReviewParty[] SetupParties = { ReviewParty.Reviewer, ReviewParty.Admin };

    /// <param name="before">The stored review.</param>
    /// <param name="changes">The columns the caller changes (see <see cref="ReviewChanges"/>); status columns included.</param>
    /// <param name="requested">The status asked for, or null.</param>
    /// <param name="caller">The initiating user's part in the review.</param>
    public static IReadOnlyList<RuleViolation> Check(ReviewRow before, Entity changes, ReviewStatus? requested, ReviewCaller caller)
    {
        var violations = new List<RuleViolation>();
        var after = before.With(changes);
        var written = changes.Attributes.Keys
            .Where(column => !ReviewColumns.PlatformColumns.Contains(column, StringComparer.Ordinal)
                && column != ReviewColumns.StateCode && column != ReviewColumns.StatusCode)
            .OrderBy(column => column, StringComparer.Ordinal)
            .ToList();

        foreach (var column in written.Where(c => ReviewColumns.EngineOnlyColumns.Contains(c, StringComparer.Ordinal)))
        {
            violations.Add(RuleViolation.Of(MessageCodes.ComputedColumn, ReviewColumns.EntityName, column));
        }

        if (requested.HasValue && requested.Value != before.Status)
        {
            var ratings = after.Ratings();
            violations.AddRange(caller.Check(party =>
                ReviewWorkflow.Transition(before.Status, requested.Value, party, ratings.IsValid ? ratings.Value : ReviewRatings.None).Violations));
        }

        foreach (var column in written.Where(c => !ReviewColumns.EngineOnlyColumns.Contains(c, StringComparer.Ordinal)))
        {
            violations.AddRange(caller.Check(party => CheckWrite(before.Status, party, column)));
        }

        if (written.Any(IsRating))
        {
            violations.AddRange(after.Ratings().Violations);
        }

        if (written.Contains(ReviewColumns.QuantitativeWeight) && (after.Weight < 0m || after.Weight > 100m))
        {
            violations.Add(RuleViolation.Of(ReviewRuleCodes.WeightOutOfRange, after.Weight));
        }

        if ((written.Contains(ReviewColumns.OwnerId) || written.Contains(ReviewColumns.ReviewerId)) && IsOwnReview(after.Owner, after.Reviewer))
        {
            violations.Add(RuleViolation.Of(MessageCodes.ReviewerIsReviewee));
        }

        return violations;
    }

    /// <summary>Whether the reviewer is the person reviewed (the review's owner); SPM-REV-009.</summary>
    public static bool IsOwnReview(EntityReference? owner, EntityReference? reviewer) =>
        owner is not null && reviewer is not null && owner.Id == reviewer.Id;

    /// <summary>The review field of a column, or null for setup and other columns.</summary>
    public static ReviewField? FieldOf(string column) =>
        Enum.GetValues(typeof(ReviewField)).Cast<ReviewField>()
            .Select(field => (ReviewField?)field)
            .FirstOrDefault(field => ReviewFieldNames.LogicalName(field!.Value) == column);

    private static IReadOnlyList<RuleViolation> CheckWrite(ReviewStatus status, ReviewParty party, string column)
    {
        var field = FieldOf(column);
        if (field.HasValue)
        {
            return ReviewWorkflow.CheckWrite(status, party, field.Value);
        }

        if (ReviewWorkflow.IsReadOnly(status))
        {
            return new[] { RuleViolation.Of(ReviewRuleCodes.ReviewReadOnly, column, status) };
        }

        if (!ReviewColumns.SetupColumns.Contains(column, StringComparer.Ordinal))
        {
            return Array.Empty<RuleViolation>();
        }

        if (status != ReviewStatus.Draft)
        {
            return new[] { RuleViolation.Of(ReviewRuleCodes.FieldNotEditableInStatus, column, status) };
        }

        return Array.IndexOf(SetupParties, party) >= 0
            ? Array.Empty<RuleViolation>()
            : new[] { RuleViolation.Of(ReviewRuleCodes.WrongParty, column, party, string.Join("/", SetupParties.Select(p => p.ToString()))) };
    }

    private static bool IsRating(string column) =>
        column is ReviewColumns.TeamworkRating or ReviewColumns.GrowthRating or ReviewColumns.CustomerFocusRating or ReviewColumns.AttitudeRating;
}
