using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// The columns of one <c>spm_review</c> the rules and scores need, read from an image or a Target. Immutable:
/// <see cref="With"/> returns the row as it will be after a write.
/// </summary>
internal sealed class ReviewRow
{
    private readonly Entity values;

    private ReviewRow(Guid id, Entity values)
    {
        Id = id;
        this.values = values;
    }

    /// <summary>The columns every review image of these plug-ins carries.</summary>
    public static string[] ImageColumns { get; } =
    {
        ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId,
        ReviewColumns.StateCode, ReviewColumns.StatusCode, ReviewColumns.TeamworkRating, ReviewColumns.GrowthRating,
        ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating, ReviewColumns.QuantitativeWeight,
        ReviewColumns.QuantitativeScore, ReviewColumns.QualitativeScore, ReviewColumns.OverallScore, ReviewColumns.OverallRating,
        ReviewColumns.PeerScore, ReviewColumns.CustomerScore,
    };

    public Guid Id { get; }

    /// <summary>The review's name for messages, else its id.</summary>
    public string DisplayName
    {
        get
        {
            var name = values.GetAttributeValue<string>(ReviewColumns.Name);
            return !string.IsNullOrWhiteSpace(name) ? name : "-";
        }
    }

    /// <summary>The reviewee.</summary>
    public EntityReference? Owner => values.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId);

    public EntityReference? Reviewer => values.GetAttributeValue<EntityReference>(ReviewColumns.ReviewerId);

    public EntityReference? Period => values.GetAttributeValue<EntityReference>(ReviewColumns.PeriodId);

    public EntityReference? Scorecard => values.GetAttributeValue<EntityReference>(ReviewColumns.ScorecardId);

    /// <summary>Draft when the row carries no status yet (a new review).</summary>
    public ReviewStatus Status => (ReviewStatus)(values.GetAttributeValue<OptionSetValue>(ReviewColumns.StatusCode)?.Value ?? (int)ReviewStatus.Draft);

    public int? Teamwork => Rating(ReviewColumns.TeamworkRating);

    public int? Growth => Rating(ReviewColumns.GrowthRating);

    public int? CustomerFocus => Rating(ReviewColumns.CustomerFocusRating);

    public int? Attitude => Rating(ReviewColumns.AttitudeRating);

    public decimal Weight => values.GetAttributeValue<decimal?>(ReviewColumns.QuantitativeWeight) ?? ReviewColumns.DefaultQuantitativeWeight;

    public decimal? QuantitativeScore => values.GetAttributeValue<decimal?>(ReviewColumns.QuantitativeScore);

    public decimal? QualitativeScore => values.GetAttributeValue<decimal?>(ReviewColumns.QualitativeScore);

    public decimal? OverallScore => values.GetAttributeValue<decimal?>(ReviewColumns.OverallScore);

    /// <summary>The peer aggregate; null until the cycle's minimum of peer responses arrived.</summary>
    public decimal? PeerScore => values.GetAttributeValue<decimal?>(ReviewColumns.PeerScore);

    /// <summary>The customer aggregate; null until the cycle's minimum of customer responses arrived.</summary>
    public decimal? CustomerScore => values.GetAttributeValue<decimal?>(ReviewColumns.CustomerScore);

    /// <summary>True when a feedback aggregate counts in the qualitative score (the cycle's weights are then needed).</summary>
    public bool HasFeedback => PeerScore.HasValue || CustomerScore.HasValue;

    public int? OverallRating => values.GetAttributeValue<OptionSetValue>(ReviewColumns.OverallRating)?.Value;

    public static ReviewRow Read(Guid id, Entity? row)
    {
        var copy = new Entity(ReviewColumns.EntityName, id);
        if (row is not null)
        {
            foreach (var column in row.Attributes)
            {
                copy[column.Key] = column.Value;
            }
        }

        return new ReviewRow(id, copy);
    }

    /// <summary>This row with the columns of <paramref name="changes"/> written over it.</summary>
    public ReviewRow With(Entity changes)
    {
        var merged = Read(Id, values);
        foreach (var column in changes.Attributes)
        {
            merged.values[column.Key] = column.Value;
        }

        return merged;
    }

    /// <summary>The ratings as the domain validates them (each 1–5 or absent).</summary>
    public Domain.Common.Validated<ReviewRatings> Ratings() => ReviewRatings.Create(Teamwork, Growth, CustomerFocus, Attitude);

    private int? Rating(string column) => values.GetAttributeValue<int?>(column);
}
