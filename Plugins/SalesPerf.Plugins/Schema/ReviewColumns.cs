using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and status values of <c>spm_review</c> (domain doc section 2: a contract, never renamed).</summary>
public static class ReviewColumns
{
    public const string EntityName = "spm_review";
    public const string Id = "spm_reviewid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string ReviewerId = "spm_reviewerid";
    public const string PeriodId = "spm_periodid";
    public const string ScorecardId = "spm_scorecardid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    public const string TeamworkRating = "spm_teamworkrating";
    public const string GrowthRating = "spm_growthrating";
    public const string CustomerFocusRating = "spm_customerfocusrating";
    public const string AttitudeRating = "spm_attituderating";
    public const string QuantitativeWeight = "spm_quantitativeweight";
    public const string SelfAssessment = "spm_selfassessment";
    public const string EmployeeComments = "spm_employeecomments";
    public const string Strengths = "spm_strengths";
    public const string Improvements = "spm_improvements";
    public const string ActionPlan = "spm_actionplan";

    public const string QuantitativeScore = "spm_quantitativescore";
    public const string QualitativeScore = "spm_qualitativescore";
    public const string OverallScore = "spm_overallscore";
    public const string OverallRating = "spm_overallrating";

    /// <summary>360° feedback aggregates (engine-only; the scores stay empty until the cycle's minimum of responses arrived).</summary>
    public const string PeerScore = "spm_peerscore";
    public const string CustomerScore = "spm_customerscore";
    public const string PeerResponses = "spm_peerresponses";
    public const string CustomerResponses = "spm_customerresponses";

    /// <summary><c>statecode</c> Open (Draft … Completed) and Closed (Acknowledged).</summary>
    public const int StateOpen = 0;
    public const int StateClosed = 1;

    /// <summary><c>spm_quantitativeweight</c> when the review does not say otherwise.</summary>
    public const decimal DefaultQuantitativeWeight = 70m;

    /// <summary>Columns only the engine writes.</summary>
    public static IReadOnlyList<string> EngineOnlyColumns { get; } = Array.AsReadOnly(new[]
    {
        QuantitativeScore,
        QualitativeScore,
        OverallScore,
        OverallRating,
        PeerScore,
        CustomerScore,
        PeerResponses,
        CustomerResponses,
    });

    /// <summary>Who and what is reviewed: set up in Draft by the reviewer or an admin, fixed afterwards.</summary>
    public static IReadOnlyList<string> SetupColumns { get; } = Array.AsReadOnly(new[]
    {
        OwnerId,
        ReviewerId,
        PeriodId,
        ScorecardId,
    });

    /// <summary>Columns the platform stamps on every write; they never count as a user's change.</summary>
    public static IReadOnlyList<string> PlatformColumns { get; } = Array.AsReadOnly(new[]
    {
        Id,
        "modifiedon",
        "modifiedby",
        "modifiedonbehalfby",
        "versionnumber",
        "owninguser",
        "owningteam",
        "owningbusinessunit",
        "utcconversiontimezonecode",
        "timezoneruleversionnumber",
        "importsequencenumber",
        "overriddencreatedon",
    });
}
