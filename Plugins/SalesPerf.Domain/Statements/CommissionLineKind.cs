namespace SalesPerf.Domain.Statements;

/// <summary><c>spm_commissionline.spm_kind</c>.</summary>
public enum CommissionLineKind
{
    Earning = 100000000,
    Clawback = 100000001,
    Adjustment = 100000002,
}
