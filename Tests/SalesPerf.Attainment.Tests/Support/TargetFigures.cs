using System;

namespace SalesPerf.Attainment.Tests.Support;

/// <summary>A target's computed actual, attainment, score and pace, compared whole so a failure shows all four.</summary>
public sealed record TargetFigures(decimal? Actual, decimal? AttainmentPercent, decimal? ScorePercent, decimal? ExpectedToDate)
{
    public static TargetFigures Of(SalesOrg org, Guid target)
    {
        ArgumentNullException.ThrowIfNull(org);
        return new(
            org.Number("spm_target", target, "spm_actualvalue"),
            org.Number("spm_target", target, "spm_attainmentpercent"),
            org.Number("spm_target", target, "spm_scorepercent"),
            org.Number("spm_target", target, "spm_expectedtodatevalue"));
    }
}
