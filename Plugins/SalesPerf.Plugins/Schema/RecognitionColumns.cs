namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_recognition</c>: kudos and honours (docs/domain-rules.md "Recognition and honours").</summary>
public static class RecognitionColumns
{
    public const string EntityName = "spm_recognition";
    public const string Id = "spm_recognitionid";
    public const string Name = "spm_name";
    public const string Kind = "spm_kind";
    public const string GiverId = "spm_giverid";
    public const string RecipientId = "spm_recipientid";
    public const string Message = "spm_message";
    public const string OpportunityId = "spm_opportunityid";
    public const string KpiId = "spm_kpiid";
    public const string TargetId = "spm_targetid";
    public const string HonourRuleId = "spm_honourruleid";
    public const string PeriodId = "spm_periodid";
    public const string Reason = "spm_reason";
    public const string QuarterId = "spm_quarterid";
    public const string RecognisedOn = "spm_recognisedon";
    public const string RevokedOn = "spm_revokedon";
    public const string RevokedReason = "spm_revokedreason";
    public const string OwnerId = "ownerid";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";

    /// <summary>The columns only the engine writes: on kudos they stay empty except the two stamps, which the create step sets.</summary>
    public static readonly string[] EngineOnly = { HonourRuleId, PeriodId, Reason, QuarterId, RecognisedOn, RevokedOn, RevokedReason };
}
