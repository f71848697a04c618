namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_commissiontier</c>: one band <c>[lower, upper)</c> of a plan and its rate.</summary>
public static class CommissionTierColumns
{
    public const string EntityName = "spm_commissiontier";
    public const string Id = "spm_commissiontierid";
    public const string Name = "spm_name";
    public const string PlanId = "spm_commissionplanid";
    public const string LowerBound = "spm_lowerbound";
    public const string UpperBound = "spm_upperbound";
    public const string RatePercent = "spm_ratepercent";
    public const string StateCode = "statecode";
}
