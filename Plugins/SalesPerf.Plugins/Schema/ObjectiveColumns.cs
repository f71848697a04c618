namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_objective</c>: an OKR objective of a person or team for a period.</summary>
public static class ObjectiveColumns
{
    public const string EntityName = "spm_objective";
    public const string Id = "spm_objectiveid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string PeriodId = "spm_periodid";
    public const string ParentObjectiveId = "spm_parentobjectiveid";
    public const string StateCode = "statecode";

    public const string ProgressPercent = "spm_progresspercent";
    public const string KeyResultCount = "spm_keyresultcount";
    public const string KeyResultStatus = "spm_keyresultstatus";
    public const string LastCalculatedOn = "spm_lastcalculatedon";

    /// <summary>The columns only the OKR engine writes.</summary>
    public static readonly string[] Computed = { ProgressPercent, KeyResultCount, KeyResultStatus, LastCalculatedOn };
}
