using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Tests.Reviews;

/// <summary>The people and rows of the review unit tests: Alice (reviewee), her manager Nancy (reviewer), Oscar (neither).</summary>
internal static class ReviewRows
{
    public const string Name = "Alice Wang – FY2026 Q1";
    public const int Draft = 1;
    public const int Acknowledged = 2;
    public const int SelfAssessment = 100000000;
    public const int ManagerReview = 100000001;
    public const int Completed = 100000002;
    public const int Exceeds = 100000001;

    public static readonly Guid ReviewId = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c01");
    public static readonly Guid Alice = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c02");
    public static readonly Guid Nancy = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c03");
    public static readonly Guid Oscar = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c04");
    public static readonly Guid PeriodId = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c05");
    public static readonly Guid ScorecardId = Guid.Parse("7a1d0c3e-5b8f-4c2a-9e61-0d4b2f3a5c06");

    /// <summary>The stored review in <paramref name="status"/>.</summary>
    public static Entity Stored(int status, decimal? quantitative = null)
    {
        var row = new Entity("spm_review", ReviewId)
        {
            ["spm_name"] = Name,
            ["ownerid"] = new EntityReference("systemuser", Alice),
            ["spm_reviewerid"] = new EntityReference("systemuser", Nancy),
            ["spm_periodid"] = new EntityReference("spm_period", PeriodId),
            ["spm_scorecardid"] = new EntityReference("spm_scorecard", ScorecardId),
            ["statecode"] = new OptionSetValue(status == Acknowledged ? 1 : 0),
            ["statuscode"] = new OptionSetValue(status),
            ["spm_quantitativeweight"] = 70m,
        };
        if (quantitative.HasValue)
        {
            row["spm_quantitativescore"] = quantitative.Value;
        }

        return row;
    }

    public static Entity Rated(Entity stored, int teamwork, int growth, int customerFocus, int attitude)
    {
        stored["spm_teamworkrating"] = teamwork;
        stored["spm_growthrating"] = growth;
        stored["spm_customerfocusrating"] = customerFocus;
        stored["spm_attituderating"] = attitude;
        return stored;
    }

    /// <summary>The hunter scorecard of domain.md §4: weighted score 106.</summary>
    public static Entity HunterScorecard() => new("spm_scorecard", ScorecardId) { ["spm_weightedscore"] = 106m };

    public static Entity Change(params (string Column, object? Value)[] columns)
    {
        var target = new Entity("spm_review", ReviewId);
        foreach (var (column, value) in columns)
        {
            target[column] = value;
        }

        return target;
    }

    public static OptionSetValue Status(int value) => new(value);
}
