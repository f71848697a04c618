using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_feedbackrequest</c>: one respondent's 360° feedback on one review.</summary>
public static class FeedbackRequestColumns
{
    public const string EntityName = "spm_feedbackrequest";
    public const string Id = "spm_feedbackrequestid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string ReviewId = "spm_reviewid";
    public const string Kind = "spm_kind";
    public const string RespondentUserId = "spm_respondentuserid";
    public const string RespondentContactId = "spm_respondentcontactid";
    public const string Status = "spm_feedbackstatus";
    public const string TeamworkRating = "spm_teamworkrating";
    public const string GrowthRating = "spm_growthrating";
    public const string CustomerFocusRating = "spm_customerfocusrating";
    public const string AttitudeRating = "spm_attituderating";
    public const string Comment = "spm_comment";
    public const string CaptureSource = "spm_capturesource";
    public const string Score = "spm_score";
    public const string SubmittedOn = "spm_submittedon";
    public const string RevieweeId = "spm_revieweeid";

    /// <summary>The most requests one review may have (bounds the aggregate query).</summary>
    public const int MaxPerReview = 30;

    public static IReadOnlyList<string> Ratings { get; } = Array.AsReadOnly(new[] { TeamworkRating, GrowthRating, CustomerFocusRating, AttitudeRating });

    /// <summary>What the respondent writes (the owner only, while Requested).</summary>
    public static IReadOnlyList<string> AnswerColumns { get; } = Array.AsReadOnly(new[]
    {
        TeamworkRating, GrowthRating, CustomerFocusRating, AttitudeRating, Comment, CaptureSource, Status,
    });

    /// <summary>Fixed once the request exists.</summary>
    public static IReadOnlyList<string> SetupColumns { get; } = Array.AsReadOnly(new[] { ReviewId, Kind, RespondentUserId, RespondentContactId });

    public static IReadOnlyList<string> EngineOnlyColumns { get; } = Array.AsReadOnly(new[] { Score, SubmittedOn, RevieweeId });

    public static string[] ImageColumns { get; } =
    {
        Name, OwnerId, ReviewId, Kind, RespondentUserId, RespondentContactId, Status,
        TeamworkRating, GrowthRating, CustomerFocusRating, AttitudeRating, CaptureSource,
    };
}
