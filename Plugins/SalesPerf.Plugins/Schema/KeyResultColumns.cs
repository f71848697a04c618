namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_keyresult</c>: a measurable result of an objective.</summary>
public static class KeyResultColumns
{
    public const string EntityName = "spm_keyresult";
    public const string Id = "spm_keyresultid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string ObjectiveId = "spm_objectiveid";
    public const string Kind = "spm_kind";
    public const string Weight = "spm_weight";
    public const string TargetId = "spm_targetid";
    public const string StartValue = "spm_startvalue";
    public const string GoalValue = "spm_goalvalue";
    public const string CurrentValue = "spm_currentvalue";
    public const string StateCode = "statecode";

    public const string ProgressPercent = "spm_progresspercent";
    public const string LastCalculatedOn = "spm_lastcalculatedon";

    /// <summary>The columns only the OKR engine writes.</summary>
    public static readonly string[] Computed = { ProgressPercent, LastCalculatedOn };

    /// <summary>The columns a key result's progress and rules are computed from.</summary>
    public static readonly string[] Inputs = { Kind, Weight, TargetId, StartValue, GoalValue, CurrentValue, ObjectiveId, StateCode };
}
