namespace SalesPerf.Domain.Statements;

/// <summary>Stable codes of commission statement violations. Codes are a contract: never renumber, only add.</summary>
public static class StatementRuleCodes
{
    /// <summary>No such status change. Args: from status, to status.</summary>
    public const string TransitionNotAllowed = "SPM-STM-001";

    /// <summary>The change exists but belongs to another role. Args: from status, to status, role, allowed roles.</summary>
    public const string RoleNotAllowed = "SPM-STM-002";

    /// <summary>Only an Open statement is recomputed or edited. Args: status.</summary>
    public const string StatementReadOnly = "SPM-STM-003";

    /// <summary>An Approved, Disputed or Paid statement keeps every column but its status. Args: status, column.</summary>
    public const string ColumnReadOnly = "SPM-STM-004";

    /// <summary>Only an Open statement may be deleted (the engine creates it again from its sources). Args: status.</summary>
    public const string DeleteNotAllowed = "SPM-STM-005";

    /// <summary>A move to Disputed needs a reason (given with it or stored before). Args: from status.</summary>
    public const string DisputeReasonMissing = "SPM-STM-006";

    /// <summary>Only the owner writes the dispute reason, while the statement is Open or Approved. Args: status.</summary>
    public const string DisputeReasonWithoutDispute = "SPM-STM-007";

    /// <summary>A statement leaves Open only after its period has ended. Args: to status, period name, period end date (yyyy-MM-dd).</summary>
    public const string SettledBeforePeriodEnd = "SPM-STM-008";
}
