namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_checkin</c>: a one-to-one or team meeting.</summary>
public static class CheckInColumns
{
    public const string EntityName = "spm_checkin";
    public const string Id = "spm_checkinid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string Kind = "spm_kind";
    public const string Cadence = "spm_cadence";
    public const string MeetingDate = "spm_meetingdate";
    public const string ManagerId = "spm_managerid";
    public const string RepId = "spm_repid";
    public const string TeamId = "spm_teamid";
    public const string Notes = "spm_notes";
    public const string PrefilledItems = "spm_prefilleditems";
}
