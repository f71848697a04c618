namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_scorecard</c> (domain doc section 2).</summary>
public static class ScorecardColumns
{
    public const string EntityName = "spm_scorecard";
    public const string Id = "spm_scorecardid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string PeriodId = "spm_periodid";
    public const string KpiSetId = "spm_kpisetid";
    public const string WeightedScore = "spm_weightedscore";
    public const string Rank = "spm_rank";
    public const string LastCalculatedOn = "spm_lastcalculatedon";
    public const string RecalculationNeeded = "spm_recalculationneeded";
    public const string RecalculationReason = "spm_recalculationreason";
    public const string StateCode = "statecode";
}
