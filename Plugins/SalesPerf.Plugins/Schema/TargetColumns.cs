using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_target</c> (domain doc section 2: a contract, never renamed).</summary>
public static class TargetColumns
{
    public const string EntityName = "spm_target";
    public const string Id = "spm_targetid";
    public const string Name = "spm_name";
    public const string KpiId = "spm_kpiid";
    public const string PeriodId = "spm_periodid";
    public const string ParentTargetId = "spm_parenttargetid";
    public const string TargetValue = "spm_targetvalue";
    public const string StretchValue = "spm_stretchvalue";
    public const string ThresholdPercent = "spm_thresholdpercent";
    public const string Weight = "spm_weight";
    public const string ScoreCap = "spm_scorecap";
    public const string RollupSource = "spm_rollupsource";
    public const string ScorecardId = "spm_scorecardid";

    public const string ActualValue = "spm_actualvalue";
    public const string Numerator = "spm_numerator";
    public const string Denominator = "spm_denominator";
    public const string InProgressValue = "spm_inprogressvalue";
    public const string AttainmentPercent = "spm_attainmentpercent";
    public const string ScorePercent = "spm_scorepercent";
    public const string ExpectedToDateValue = "spm_expectedtodatevalue";
    public const string AllocatedValue = "spm_allocatedvalue";
    public const string AllocationVariance = "spm_allocationvariance";
    public const string LastCalculatedOn = "spm_lastcalculatedon";
    public const string CalculationTrace = "spm_calculationtrace";
    public const string PaceStatus = "spm_pacestatus";
    public const string ProjectedValue = "spm_projectedvalue";
    public const string ProjectedAttainmentPercent = "spm_projectedattainmentpercent";

    /// <summary>Set when a configuration change affects more rows than its transaction recomputes; cleared by the engine's next write.</summary>
    public const string RecalculationNeeded = "spm_recalculationneeded";
    public const string RecalculationReason = "spm_recalculationreason";

    /// <summary>Columns only the engine writes. <see cref="ActualValue"/> is not among them: a Manual KPI's actual is entered by hand.</summary>
    public static IReadOnlyList<string> EngineOnlyColumns { get; } = Array.AsReadOnly(new[]
    {
        Numerator,
        Denominator,
        InProgressValue,
        AttainmentPercent,
        ScorePercent,
        ExpectedToDateValue,
        AllocatedValue,
        AllocationVariance,
        LastCalculatedOn,
        CalculationTrace,
        RecalculationNeeded,
        RecalculationReason,
        PaceStatus,
        ProjectedValue,
        ProjectedAttainmentPercent,
    });
}
