namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names and state values of <c>appointment</c> that the visit measures read (a visit is a completed appointment).</summary>
public static class AppointmentColumns
{
    public const string EntityName = "appointment";
    public const string Id = "activityid";
    public const string OwnerId = "ownerid";
    public const string RegardingObjectId = "regardingobjectid";
    public const string ScheduledEnd = "scheduledend";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    public const int StateCompleted = 1;
}
