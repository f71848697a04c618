using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of the guards around credit that was agreed (statements once approved) and of who may see a deal's
/// commission (the estimate). {0} is the record's name; {1}, {2}, … the domain rule's arguments in order (see
/// <c>SalesPerf.Domain.Statements.StatementRuleCodes</c>).
/// </summary>
public static class CreditGuardMessages
{
    /// <summary>{0} statement, {1} status, {2} column.</summary>
    public static BusinessMessage StatementColumnReadOnly { get; } = new(
        MessageCodes.StatementColumnReadOnly,
        "Commission statement '{0}' is {1}: the column '{2}' can no longer change, for its owner as for anyone; only its status moves (Approved → Paid or Disputed, Disputed → Open or Approved). If the statement is wrong, dispute it, or ask a manager to reopen it.",
        "佣金对账单“{0}”状态为“{1}”：列“{2}”不能再修改，负责人和其他人都一样；只能变更其状态（已批准 → 已支付或有争议，有争议 → 未结或已批准）。如果对账单有误，请提出争议，或请经理将其重新打开。");

    /// <summary>{0} statement, {1} status.</summary>
    public static BusinessMessage StatementDeleteNotAllowed { get; } = new(
        MessageCodes.StatementDeleteNotAllowed,
        "Commission statement '{0}' is {1} and cannot be deleted by anyone, administrators included: it records commission that was agreed or paid. Correct it on the current open statement instead (a clawback or an adjustment).",
        "佣金对账单“{0}”状态为“{1}”，任何人（包括管理员）都不能删除：它记录了已确认或已支付的佣金。请改为在当前未结对账单上更正（追回或调整）。");

    /// <summary>{0} opportunity.</summary>
    public static BusinessMessage EstimateNotAllowed { get; } = new(
        MessageCodes.EstimateNotAllowed,
        "Opportunity '{0}': you cannot estimate commission on this deal. An estimate is given only to the deal's owner, a user it is split to, their managers and SalesPerf administrators. Ask the deal's owner or their manager.",
        "商机“{0}”：您不能估算该交易的佣金。只有交易负责人、拆分到该交易的用户、他们的经理以及 SalesPerf 管理员可以估算。请联系交易负责人或其经理。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        StatementColumnReadOnly, StatementDeleteNotAllowed, EstimateNotAllowed,
    };
}
