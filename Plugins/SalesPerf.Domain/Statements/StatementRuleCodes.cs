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
}
