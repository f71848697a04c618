using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Reviews;

/// <summary>One person due a review in a cycle: their active scorecard of the period, their manager, and the names.</summary>
internal sealed class ReviewCycleCandidate
{
    public ReviewCycleCandidate(EntityReference scorecard, EntityReference reviewee, EntityReference? manager, string? revieweeName, string? periodName)
    {
        Scorecard = scorecard;
        Reviewee = reviewee;
        Manager = manager;
        RevieweeName = revieweeName;
        PeriodName = periodName;
    }

    public EntityReference Scorecard { get; }

    public EntityReference Reviewee { get; }

    public EntityReference? Manager { get; }

    public string? RevieweeName { get; }

    public string? PeriodName { get; }
}
