using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of settling a commission statement (<c>StatementWorkflow.CheckSettle</c>). {0} is the statement's name.</summary>
public static class StatementSettleMessages
{
    /// <summary>{0} statement, {1} the status asked for, {2} its period, {3} the period's end date (yyyy-MM-dd).</summary>
    public static BusinessMessage SettledBeforePeriodEnd { get; } = new(
        MessageCodes.StatementSettledBeforePeriodEnd,
        "Commission statement '{0}' cannot move to {1} before its period '{2}' ends on {3}: deals can still be won, reopened or split in it. Approve or dispute it after {3}, when its numbers are final.",
        "佣金对账单“{0}”在其期间“{2}”于 {3} 结束之前不能变为“{1}”：期间内的交易仍可能赢得、重新打开或拆分。请在 {3} 之后、数字确定时再批准或提出异议。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { SettledBeforePeriodEnd };
}
