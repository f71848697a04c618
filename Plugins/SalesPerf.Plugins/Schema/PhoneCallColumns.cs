namespace SalesPerf.Plugins.Schema;

/// <summary>
/// Logical names and state values of <c>phonecall</c> that the visit measures read when a KPI counts phone calls
/// (<see cref="KpiStageColumns.VisitsIncludePhoneCalls"/>): a completed phone call, placed by its due date.
/// </summary>
public static class PhoneCallColumns
{
    public const string EntityName = "phonecall";
    public const string Id = "activityid";
    public const string OwnerId = "ownerid";
    public const string RegardingObjectId = "regardingobjectid";
    public const string ScheduledEnd = "scheduledend";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    public const int StateCompleted = 1;
}
