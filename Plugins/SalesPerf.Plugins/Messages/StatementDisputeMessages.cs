using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of the dispute reason of a commission statement (<c>StatementWorkflow.CheckDisputeReason</c>). {0} is the statement's name.</summary>
public static class StatementDisputeMessages
{
    /// <summary>{0} statement, {1} its status before the change.</summary>
    public static BusinessMessage ReasonMissing { get; } = new(
        MessageCodes.StatementDisputeReasonMissing,
        "Commission statement '{0}': a dispute needs its reason. Give the Dispute Reason (spm_disputereason), saying which line or amount is wrong and why, together with the move from '{1}' to Disputed; the Dispute button asks for it.",
        "佣金对账单“{0}”：提出异议必须填写原因。请在从“{1}”变为“有争议”的同时填写“异议原因”(spm_disputereason)，说明哪一条明细或哪个金额有误及原因；“提出异议”按钮会要求填写。");

    /// <summary>{0} statement, {1} its status.</summary>
    public static BusinessMessage ReasonWithoutDispute { get; } = new(
        MessageCodes.StatementDisputeReasonWithoutDispute,
        "Commission statement '{0}' is '{1}': only the statement's owner writes the Dispute Reason (spm_disputereason), while it is Open or Approved, to dispute it. Remove it from your change; the owner disputes with the Dispute button.",
        "佣金对账单“{0}”状态为“{1}”：只有对账单负责人可以在对账单为“未结”或“已批准”时填写“异议原因”(spm_disputereason) 以提出异议。请从本次更改中移除该列；由负责人使用“提出异议”按钮提出异议。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { ReasonMissing, ReasonWithoutDispute };
}
