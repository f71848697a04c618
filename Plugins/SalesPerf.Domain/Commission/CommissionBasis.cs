namespace SalesPerf.Domain.Commission;

/// <summary><c>spm_commissionplan.spm_basis</c>: which transactions are credited.</summary>
public enum CommissionBasis
{
    WonRevenue = 100000000,
    FulfilledOrders = 100000001,
    GrossMargin = 100000002,
    Collections = 100000003,
}
