using System.Collections.Generic;
using SalesPerf.Domain.Okrs;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of objectives, key results and check-ins. {0} is the record's name; {1}, {2}, … are the domain rule's
/// arguments in order (see <see cref="OkrRuleCodes"/>).
/// </summary>
public static class OkrMessages
{
    /// <summary>{0} key result, {1} weight (empty when none).</summary>
    public static BusinessMessage WeightNotPositive { get; } = new(
        OkrRuleCodes.WeightNotPositive,
        "Key result '{0}': the weight must be more than 0 (was '{1}'). Enter how much this key result counts in its objective's progress, for example 1.",
        "关键结果“{0}”：权重必须大于 0（当前为“{1}”）。请输入该关键结果在目标进度中的权重，例如 1。");

    /// <summary>{0} key result, {1} start, {2} goal.</summary>
    public static BusinessMessage GoalEqualsStart { get; } = new(
        OkrRuleCodes.GoalEqualsStart,
        "Key result '{0}': the goal value {2} equals the start value {1}, so progress cannot be measured. Enter a goal different from the start.",
        "关键结果“{0}”：目标值 {2} 等于起始值 {1}，无法衡量进度。请输入不同于起始值的目标值。");

    /// <summary>{0} key result.</summary>
    public static BusinessMessage StartOrGoalMissing { get; } = new(
        OkrRuleCodes.StartOrGoalMissing,
        "Key result '{0}': an entered-value key result needs both a start value and a goal value. Enter both.",
        "关键结果“{0}”：录入值类型的关键结果须同时填写起始值和目标值。请填写这两项。");

    /// <summary>{0} key result.</summary>
    public static BusinessMessage TargetMissing { get; } = new(
        OkrRuleCodes.TargetMissing,
        "Key result '{0}': it tracks a target but names none. Choose the SalesPerf target whose attainment is its progress, or make it an entered value.",
        "关键结果“{0}”：类型为跟踪指标目标，但未指定目标。请选择其达成率即为进度的 SalesPerf 指标目标，或将其改为录入值。");

    /// <summary>{0} key result, {1} objective, {2} most key results.</summary>
    public static BusinessMessage TooManyKeyResults { get; } = new(
        OkrRuleCodes.TooManyKeyResults,
        "Key result '{0}': the objective '{1}' already has {2} active key results, the most an objective may have. Deactivate or delete one of them first, or add this result to another objective.",
        "关键结果“{0}”：目标“{1}”已有 {2} 个有效关键结果，已达上限。请先停用或删除其中一个，或将该结果添加到其他目标。");

    /// <summary>{0} objective, {1} parent objective.</summary>
    public static BusinessMessage AlignmentCycle { get; } = new(
        OkrRuleCodes.AlignmentCycle,
        "Objective '{0}': it cannot be aligned to '{1}', because '{1}' is the objective itself or is aligned (directly or further up) to it. Choose a parent above it in the alignment tree.",
        "目标“{0}”：不能对齐到“{1}”，因为“{1}”就是该目标本身，或直接或间接对齐到该目标。请选择对齐树中位于其上方的上级目标。");

    /// <summary>{0} objective, {1} parent, {2} period code, {3} parent's period code.</summary>
    public static BusinessMessage PeriodOutsideParent { get; } = new(
        OkrRuleCodes.PeriodOutsideParent,
        "Objective '{0}': its period {2} is not within the period {3} of its parent objective '{1}'. Choose a period inside the parent's, or another parent.",
        "目标“{0}”：其周期 {2} 不在上级目标“{1}”的周期 {3} 之内。请选择上级周期之内的周期，或选择其他上级目标。");

    /// <summary>{0} objective, {1} parent, {2} most levels.</summary>
    public static BusinessMessage AlignmentTooDeep { get; } = new(
        OkrRuleCodes.AlignmentTooDeep,
        "Objective '{0}': aligning it to '{1}' would put more than {2} objectives above it. Align it to an objective higher up the tree.",
        "目标“{0}”：对齐到“{1}”后其上方将超过 {2} 层目标。请对齐到对齐树中更高层的目标。");

    /// <summary>{0} key result.</summary>
    public static BusinessMessage KindMissing { get; } = new(
        OkrRuleCodes.KindMissing,
        "Key result '{0}': the kind is empty. Choose whether it tracks a target or is an entered value.",
        "关键结果“{0}”：类型为空。请选择跟踪指标目标或录入值。");

    /// <summary>{0} check-in.</summary>
    public static BusinessMessage CheckInRepMissing { get; } = new(
        OkrRuleCodes.CheckInRepMissing,
        "Check-in '{0}': a one-to-one names the rep it is with. Choose the rep, or make it a team check-in.",
        "沟通面谈“{0}”：一对一会议须指定销售代表。请选择销售代表，或改为团队会议。");

    /// <summary>{0} check-in.</summary>
    public static BusinessMessage CheckInTeamMissing { get; } = new(
        OkrRuleCodes.CheckInTeamMissing,
        "Check-in '{0}': a team check-in names its team. Choose the team, or make it a one-to-one.",
        "沟通面谈“{0}”：团队会议须指定团队。请选择团队，或改为一对一会议。");

    /// <summary>{0} check-in item.</summary>
    public static BusinessMessage ActionOwnerOrDueMissing { get; } = new(
        OkrRuleCodes.ActionOwnerOrDueMissing,
        "Check-in item '{0}': a follow-up action needs an action owner and a due date. Enter both, or make it an agenda item.",
        "面谈事项“{0}”：后续行动须有行动负责人和截止日期。请填写这两项，或将其改为议程。");

    /// <summary>{0} check-in.</summary>
    public static BusinessMessage CheckInDateMissing { get; } = new(
        OkrRuleCodes.CheckInDateMissing,
        "Check-in '{0}': the meeting date is empty. Enter the day of the meeting.",
        "沟通面谈“{0}”：会议日期为空。请输入会议日期。");

    /// <summary>{0} key result, {1} objective, {2} objective's owner.</summary>
    public static BusinessMessage KeyResultNotObjectiveOwners { get; } = new(
        OkrRuleCodes.KeyResultNotObjectiveOwners,
        "Key result '{0}': it cannot belong to the objective '{1}', whose key results belong to {2}. A key result belongs to its objective's owner: leave the owner empty, or choose an objective of the key result's owner.",
        "关键结果“{0}”：不能归属于目标“{1}”，该目标的关键结果属于 {2}。关键结果归属于其目标的负责人：请将负责人留空，或选择该关键结果负责人的目标。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        WeightNotPositive, GoalEqualsStart, StartOrGoalMissing, TargetMissing, TooManyKeyResults, AlignmentCycle,
        PeriodOutsideParent, AlignmentTooDeep, KindMissing, CheckInRepMissing, CheckInTeamMissing, ActionOwnerOrDueMissing,
        CheckInDateMissing, KeyResultNotObjectiveOwners,
    };
}
