namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_planassignment</c>: a plan for one rep and payout period, with the quota.</summary>
public static class PlanAssignmentColumns
{
    public const string EntityName = "spm_planassignment";
    public const string Id = "spm_planassignmentid";
    public const string Name = "spm_name";
    public const string OwnerId = "ownerid";
    public const string PlanId = "spm_commissionplanid";
    public const string PeriodId = "spm_periodid";
    public const string QuotaAmount = "spm_quotaamount";
    public const string QuotaAmountBase = "spm_quotaamount_base";
    public const string QuotaTargetId = "spm_quotatargetid";
    public const string StateCode = "statecode";
}
