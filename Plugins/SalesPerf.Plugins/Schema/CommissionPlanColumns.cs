namespace SalesPerf.Plugins.Schema;

/// <summary>Logical names of <c>spm_commissionplan</c>: how pay is computed (domain doc section 2).</summary>
public static class CommissionPlanColumns
{
    public const string EntityName = "spm_commissionplan";
    public const string Id = "spm_commissionplanid";
    public const string Name = "spm_name";
    public const string Basis = "spm_basis";
    public const string TierScope = "spm_tierscope";
    public const string TierMode = "spm_tiermode";
    public const string TierBasis = "spm_tierbasis";
    public const string PayoutCap = "spm_payoutcap";
    public const string PayoutCapBase = "spm_payoutcap_base";
    public const string AcceleratorGate = "spm_acceleratorgate";
    public const string ClawbackDays = "spm_clawbackdays";
    public const string EffectiveFrom = "spm_effectivefrom";
    public const string EffectiveTo = "spm_effectiveto";
}
