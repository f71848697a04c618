namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_checkinitem</c>: an agenda item or follow-up action of a check-in.</summary>
public static class CheckInItemColumns
{
    public const string EntityName = "spm_checkinitem";
    public const string Id = "spm_checkinitemid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string CheckInId = "spm_checkinid";
    public const string Kind = "spm_kind";
    public const string Source = "spm_source";
    public const string TargetId = "spm_targetid";
    public const string StatementId = "spm_statementid";
    public const string ReviewId = "spm_reviewid";
    public const string DevelopmentItemId = "spm_developmentitemid";
    public const string ActionOwnerId = "spm_actionownerid";
    public const string DueDate = "spm_duedate";
    public const string Done = "spm_done";

    public const int SourceBehindPaceTarget = 100000001;
    public const int SourceDisputedStatement = 100000002;
    public const int SourceReviewAction = 100000003;
    public const int SourceDevelopmentItem = 100000004;
}
