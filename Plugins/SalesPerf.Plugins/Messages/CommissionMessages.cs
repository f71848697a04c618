using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of commission plans, tiers, assignments, deal splits and statements. {0} is the record's name (the plan,
/// the assignment, the opportunity or the statement); {1}, {2}, … are the domain rule's arguments in order (see
/// <c>SalesPerf.Domain.Commission.CommissionRuleCodes</c> and <c>SalesPerf.Domain.Statements.StatementRuleCodes</c>).
/// </summary>
public static class CommissionMessages
{
    /// <summary>{0} plan, {1}–{2} first tier, {3}–{4} second tier (empty upper = no limit).</summary>
    public static BusinessMessage TiersOverlap { get; } = new(
        MessageCodes.CommissionTiersOverlap,
        "Commission plan '{0}': the tier {1}–{2} overlaps the tier {3}–{4}. Tiers cover [lower, upper) and must not overlap; change the bounds so that each value falls in at most one tier.",
        "佣金计划“{0}”：层级 {1}–{2} 与层级 {3}–{4} 重叠。层级区间为 [下限, 上限)，不得重叠；请修改上下限，使每个值最多落入一个层级。");

    /// <summary>{0} plan, {1} lower, {2} upper.</summary>
    public static BusinessMessage TierInverted { get; } = new(
        MessageCodes.CommissionTierInverted,
        "Commission plan '{0}': the tier's lower bound {1} is not below its upper bound {2}. Enter an upper bound above the lower bound, or leave it empty for no limit.",
        "佣金计划“{0}”：层级下限 {1} 不小于上限 {2}。请输入大于下限的上限，或留空表示无上限。");

    /// <summary>{0} plan, {1} lower, {2} upper, {3} rate.</summary>
    public static BusinessMessage TierRateNegative { get; } = new(
        MessageCodes.CommissionTierRateNegative,
        "Commission plan '{0}': the tier {1}–{2} has a negative rate ({3} %). Enter a rate of 0 or more.",
        "佣金计划“{0}”：层级 {1}–{2} 的费率为负数（{3}%）。请输入 0 或更大的费率。");

    /// <summary>{0} plan, {1} lower, {2} upper.</summary>
    public static BusinessMessage TierLowerNegative { get; } = new(
        MessageCodes.CommissionTierLowerNegative,
        "Commission plan '{0}': the tier {1}–{2} has a negative lower bound. Enter a lower bound of 0 or more.",
        "佣金计划“{0}”：层级 {1}–{2} 的下限为负数。请输入 0 或更大的下限。");

    /// <summary>{0} plan, {1} cap.</summary>
    public static BusinessMessage PayoutCapNegative { get; } = new(
        MessageCodes.CommissionPayoutCapNegative,
        "Commission plan '{0}': the payout cap must not be negative (was {1}). Enter 0 or more, or leave it empty for no cap.",
        "佣金计划“{0}”：提成上限不能为负数（当前为 {1}）。请输入 0 或更大的值，或留空表示不设上限。");

    /// <summary>{0} plan, {1} gate.</summary>
    public static BusinessMessage AcceleratorGateNegative { get; } = new(
        MessageCodes.CommissionAcceleratorGateNegative,
        "Commission plan '{0}': the accelerator gate must not be negative (was {1}). Enter a weighted score of 0 or more, or leave it empty for no gate.",
        "佣金计划“{0}”：加速门槛不能为负数（当前为 {1}）。请输入 0 或更大的加权得分，或留空表示不设门槛。");

    /// <summary>{0} plan, {1} days.</summary>
    public static BusinessMessage ClawbackDaysNegative { get; } = new(
        MessageCodes.CommissionClawbackDaysNegative,
        "Commission plan '{0}': the clawback days must not be negative (was {1}). Enter 0 (never claw back) or more.",
        "佣金计划“{0}”：追回天数不能为负数（当前为 {1}）。请输入 0（从不追回）或更大的值。");

    /// <summary>{0} plan, {1} from, {2} to.</summary>
    public static BusinessMessage EffectiveToBeforeFrom { get; } = new(
        MessageCodes.CommissionEffectiveToBeforeFrom,
        "Commission plan '{0}': the effective-to date {2} is before the effective-from date {1}. Enter an effective-to date on or after the effective-from date.",
        "佣金计划“{0}”：生效截止日期 {2} 早于生效起始日期 {1}。请输入不早于起始日期的截止日期。");

    /// <summary>{0} assignment, {1} period start, {2} period end, {3} plan from, {4} plan to.</summary>
    public static BusinessMessage AssignmentOutsideEffectiveDates { get; } = new(
        MessageCodes.CommissionAssignmentOutsideEffectiveDates,
        "Plan assignment '{0}': its period {1} to {2} is not wholly inside the plan's effective dates ({3} to {4}; empty = open-ended). Choose a period inside the plan's dates, or another plan.",
        "计划分配“{0}”：其期间 {1} 至 {2} 不完全在计划的生效日期（{3} 至 {4}；空表示不限）内。请选择计划生效日期内的期间，或选择其他计划。");

    /// <summary>{0} assignment, {1} quota.</summary>
    public static BusinessMessage QuotaNotPositive { get; } = new(
        MessageCodes.CommissionQuotaNotPositive,
        "Plan assignment '{0}': the quota must be more than 0 (was '{1}'). Enter a quota amount above 0, or choose a quota target whose value is above 0.",
        "计划分配“{0}”：定额必须大于 0（当前为“{1}”）。请输入大于 0 的定额，或选择目标值大于 0 的定额目标。");

    /// <summary>{0} plan.</summary>
    public static BusinessMessage PlanHasNoTiers { get; } = new(
        MessageCodes.CommissionPlanHasNoTiers,
        "Commission plan '{0}': the plan has no tiers. Add at least one tier before the plan is used.",
        "佣金计划“{0}”：计划没有层级。请在使用计划前至少添加一个层级。");

    /// <summary>{0} plan, {1} column, {2} value.</summary>
    public static BusinessMessage UnknownChoice { get; } = new(
        MessageCodes.CommissionUnknownChoice,
        "Commission plan '{0}': the column '{1}' holds the unknown value {2}. Choose one of the listed options.",
        "佣金计划“{0}”：列“{1}”的值 {2} 无效。请从列表中选择一个选项。");

    /// <summary>{0} assignment, {1} rep, {2} other assignment, {3} its start, {4} its end.</summary>
    public static BusinessMessage AssignmentsOverlap { get; } = new(
        MessageCodes.AssignmentsOverlap,
        "Plan assignment '{0}': {1} already has the plan assignment '{2}' for {3} to {4}, which overlaps this one's period. A rep has one commission plan at a time: end or change '{2}' first, or choose a period that does not overlap.",
        "计划分配“{0}”：{1} 已有计划分配“{2}”（{3} 至 {4}），与本分配的期间重叠。每位销售代表同一时间只能有一个佣金计划：请先结束或修改“{2}”，或选择不重叠的期间。");

    /// <summary>{0} assignment, {1} column, {2} statement, {3} its status.</summary>
    public static BusinessMessage AssignmentLocked { get; } = new(
        MessageCodes.AssignmentLocked,
        "Plan assignment '{0}': the column '{1}' cannot change because its commission statement '{2}' is {3}. Settled statements keep the period, plan and owner they were computed from; create a new assignment for a later period instead.",
        "计划分配“{0}”：列“{1}”不能修改，因为其佣金对账单“{2}”状态为“{3}”。已结算的对账单须保留计算时的期间、计划和负责人；请改为为之后的期间创建新的计划分配。");

    /// <summary>{0} assignment, {1} statement, {2} its status.</summary>
    public static BusinessMessage AssignmentDeleteLocked { get; } = new(
        MessageCodes.AssignmentDeleteLocked,
        "Plan assignment '{0}' cannot be deleted because its commission statement '{1}' is {2}. Settled statements keep the assignment they were computed from; assign a new plan for later periods instead.",
        "计划分配“{0}”不能删除，因为其佣金对账单“{1}”状态为“{2}”。已结算的对账单须保留计算时的计划分配；请为之后的期间分配新的计划。");

    /// <summary>{0} opportunity, {1} opportunity id, {2} sum.</summary>
    public static BusinessMessage SplitsOver100 { get; } = new(
        MessageCodes.SplitsOver100,
        "Opportunity '{0}': its deal splits add up to {2} %, more than 100 %. Reduce the split percentages so that they add up to 100 % or less (the owner keeps the rest).",
        "商机“{0}”：交易拆分合计为 {2}%，超过了 100%。请降低拆分比例，使合计不超过 100%（其余归负责人）。");

    /// <summary>{0} opportunity, {1} user, {2} percent.</summary>
    public static BusinessMessage SplitPercentOutOfRange { get; } = new(
        MessageCodes.SplitPercentOutOfRange,
        "Opportunity '{0}': the split percent {2} of user {1} is outside 0–100. Enter a percent from 0 to 100.",
        "商机“{0}”：用户 {1} 的拆分比例 {2} 超出 0–100 的范围。请输入 0 到 100 的比例。");

    /// <summary>{0} opportunity, {1} opportunity id, {2} user.</summary>
    public static BusinessMessage SplitUserDuplicate { get; } = new(
        MessageCodes.SplitUserDuplicate,
        "Opportunity '{0}': user {2} has more than one deal split on it. Keep one split per user and change its percent instead.",
        "商机“{0}”：用户 {2} 在该商机上有多条交易拆分。每个用户只保留一条拆分，改为修改其比例。");

    /// <summary>{0} opportunity, {1} opportunity id, {2} owner.</summary>
    public static BusinessMessage SplitNamesOwner { get; } = new(
        MessageCodes.SplitNamesOwner,
        "Opportunity '{0}': a deal split names its owner {2}, who already keeps the rest. Split the credit to other users only.",
        "商机“{0}”：交易拆分指定了其负责人 {2}，而负责人本已获得剩余部分。请只向其他用户拆分业绩。");

    /// <summary>{0} plan, {1} tier, {2} one of the plan's active assignments.</summary>
    public static BusinessMessage PlanLastTierInUse { get; } = new(
        MessageCodes.PlanLastTierInUse,
        "Commission plan '{0}': the tier '{1}' is the plan's last active tier, and the plan has active plan assignments (e.g. '{2}'). A plan in use keeps at least one tier: add another tier first, or deactivate the plan's assignments.",
        "佣金计划“{0}”：层级“{1}”是该计划最后一个有效层级，而该计划有有效的计划分配（如“{2}”）。使用中的计划至少保留一个层级：请先添加其他层级，或停用该计划的分配。");

    /// <summary>{0} statement, {1} from status, {2} to status.</summary>
    public static BusinessMessage StatementTransitionNotAllowed { get; } = new(
        MessageCodes.StatementTransitionNotAllowed,
        "Commission statement '{0}': it cannot move from '{1}' to '{2}'. Allowed: Open → Approved or Disputed, Approved → Paid or Disputed, Disputed → Open or Approved.",
        "佣金对账单“{0}”：不能从“{1}”变为“{2}”。允许的变更：未结 → 已批准或有争议，已批准 → 已支付或有争议，有争议 → 未结或已批准。");

    /// <summary>{0} statement, {1} from, {2} to, {3} caller's role, {4} allowed roles.</summary>
    public static BusinessMessage StatementRoleNotAllowed { get; } = new(
        MessageCodes.StatementRoleNotAllowed,
        "Commission statement '{0}': '{1} → {2}' may be done only by {4}, and you are {3}. Ask someone in that role.",
        "佣金对账单“{0}”：“{1} → {2}”只能由 {4} 执行，而您是 {3}。请联系具有该角色的人员。");

    /// <summary>{0} statement, {1} status.</summary>
    public static BusinessMessage StatementReadOnly { get; } = new(
        MessageCodes.StatementReadOnly,
        "Commission statement '{0}' is {1}: its amounts and lines can no longer change. Only an Open statement is recomputed; a later reversal becomes a clawback on the current open statement.",
        "佣金对账单“{0}”状态为“{1}”：其金额和明细不能再修改。只有未结对账单会重新计算；之后的撤销将作为追回记入当前未结对账单。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        TiersOverlap, TierInverted, TierRateNegative, TierLowerNegative, PayoutCapNegative, AcceleratorGateNegative,
        ClawbackDaysNegative, EffectiveToBeforeFrom, AssignmentOutsideEffectiveDates, QuotaNotPositive, PlanHasNoTiers,
        UnknownChoice, AssignmentsOverlap, AssignmentLocked, AssignmentDeleteLocked, SplitsOver100, SplitPercentOutOfRange, SplitUserDuplicate, SplitNamesOwner,
        StatementTransitionNotAllowed, StatementRoleNotAllowed, StatementReadOnly, PlanLastTierInUse,
    };
}
