namespace SalesPerf.Domain.Statements;

/// <summary><c>spm_commissionstatement.statuscode</c>; Paid is the only status of state 1 (inactive).</summary>
public enum StatementStatus
{
    Open = 1,
    Paid = 2,
    Approved = 100000000,
    Disputed = 100000001,
}
