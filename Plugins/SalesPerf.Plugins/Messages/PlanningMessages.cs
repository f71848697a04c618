using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of target terms, decomposition, allocation and KPI sets. {0} is the record's name (the target, or the KPI
/// set); {1}, {2}, … are the domain rule's arguments in order (see <c>SalesPerf.Domain.Common.RuleCodes</c>).
/// </summary>
public static class PlanningMessages
{
    /// <summary>{0} target, {1} stretch, {2} target value.</summary>
    public static BusinessMessage StretchLessAmbitious { get; } = new(
        MessageCodes.StretchLessAmbitious,
        "Target '{0}': the stretch value {1} is less ambitious than the target value {2}. Enter a stretch value at least as ambitious as the target (higher, or lower when lower is better), or leave it empty.",
        "目标“{0}”：挑战值 {1} 不如目标值 {2} 有挑战性。请输入至少与目标值同等挑战性的挑战值（更高；若越低越好则更低），或将其留空。");

    /// <summary>{0} target, {1} value, {2} minimum, {3} maximum.</summary>
    public static BusinessMessage ThresholdOutOfRange { get; } = new(
        MessageCodes.ThresholdOutOfRange,
        "Target '{0}': the threshold {1} % is outside {2}–{3} %. Enter a threshold between {2} and {3}.",
        "目标“{0}”：门槛 {1}% 超出了 {2}–{3}% 的范围。请输入 {2} 到 {3} 之间的门槛。");

    /// <summary>{0} target, {1} value, {2} minimum, {3} maximum.</summary>
    public static BusinessMessage ScoreCapOutOfRange { get; } = new(
        MessageCodes.ScoreCapOutOfRange,
        "Target '{0}': the score cap {1} % is outside {2}–{3} %. Enter a cap between {2} and {3} (150 is usual).",
        "目标“{0}”：得分上限 {1}% 超出了 {2}–{3}% 的范围。请输入 {2} 到 {3} 之间的上限（通常为 150）。");

    /// <summary>{0} target.</summary>
    public static BusinessMessage TargetKpiRequired { get; } = new(
        MessageCodes.TargetKpiRequired,
        "Target '{0}': a target needs its KPI, which says what is measured. Choose a KPI.",
        "目标“{0}”：目标必须指定 KPI，KPI 决定衡量什么。请选择一个 KPI。");

    /// <summary>{0} target.</summary>
    public static BusinessMessage TargetPeriodRequired { get; } = new(
        MessageCodes.TargetPeriodRequired,
        "Target '{0}': a target needs its period, which says when it is measured. Choose a period.",
        "目标“{0}”：目标必须指定期间，期间决定何时衡量。请选择一个期间。");

    /// <summary>{0} target, {1} the other target.</summary>
    public static BusinessMessage TargetDuplicate { get; } = new(
        MessageCodes.TargetDuplicate,
        "Target '{0}': its owner already has the active target '{1}' for this KPI and period, and two would count the same results twice. Change '{1}' instead, or deactivate it first.",
        "目标“{0}”：其负责人在该 KPI 和期间已有有效目标“{1}”，两个目标会重复统计同样的业绩。请改为修改“{1}”，或先将其停用。");

    /// <summary>{0} target, {1} scorecard.</summary>
    public static BusinessMessage TargetScorecardMismatch { get; } = new(
        MessageCodes.TargetScorecardMismatch,
        "Target '{0}': the scorecard '{1}' belongs to another owner or period than the target. Choose a scorecard of the target's owner and period, or leave it empty.",
        "目标“{0}”：计分卡“{1}”的负责人或期间与该目标不同。请选择与目标负责人和期间相同的计分卡，或将其留空。");

    /// <summary>{0} target, {1} the parent chosen.</summary>
    public static BusinessMessage TargetParentLoop { get; } = new(
        MessageCodes.TargetParentLoop,
        "Target '{0}': the parent target '{1}' lies below this target (or too deep), so the targets would form a loop. Choose a parent above this target, or none.",
        "目标“{0}”：上级目标“{1}”位于该目标之下（或层级过深），目标之间会形成循环。请选择位于该目标之上的上级目标，或不设上级。");

    /// <summary>{0} target, {1} value.</summary>
    public static BusinessMessage WeightNegative { get; } = new(
        MessageCodes.WeightNegative,
        "Target '{0}': the weight must not be negative (was {1}). Enter a weight of 0 or more.",
        "目标“{0}”：权重不能为负数（当前为 {1}）。请输入 0 或更大的权重。");

    /// <summary>{0} target, {1} the entry, {2} its position.</summary>
    public static BusinessMessage SeasonalWeightUnreadable { get; } = new(
        MessageCodes.SeasonalWeightUnreadable,
        "Target '{0}': seasonal weight {2} ('{1}') is not a number. Enter the weights as numbers separated by commas, with a dot as decimal separator, e.g. 10,20,30,40.",
        "目标“{0}”：第 {2} 个季节性权重（“{1}”）不是数字。请以逗号分隔的数字输入权重，小数点使用“.”，例如 10,20,30,40。");

    /// <summary>{0} target, {1} weights given, {2} child periods.</summary>
    public static BusinessMessage SeasonalWeightCountMismatch { get; } = new(
        MessageCodes.SeasonalWeightCountMismatch,
        "Target '{0}': {1} seasonal weights were given for {2} child periods. Enter exactly one weight per child period, in date order.",
        "目标“{0}”：为 {2} 个子期间提供了 {1} 个季节性权重。请按日期顺序为每个子期间各输入一个权重。");

    /// <summary>{0} target, {1} value, {2} position.</summary>
    public static BusinessMessage SeasonalWeightNegative { get; } = new(
        MessageCodes.SeasonalWeightNegative,
        "Target '{0}': seasonal weight {2} is negative ({1}). Enter weights of 0 or more.",
        "目标“{0}”：第 {2} 个季节性权重为负数（{1}）。请输入 0 或更大的权重。");

    /// <summary>{0} target, {1} period code, {2} requested period type.</summary>
    public static BusinessMessage DecompositionNoChildPeriods { get; } = new(
        MessageCodes.DecompositionNoChildPeriods,
        "Target '{0}': period '{1}' has no periods of type {2} to decompose into. Create the fiscal year's periods first (creating the year creates them), then decompose again.",
        "目标“{0}”：期间“{1}”内没有类型为 {2} 的期间可供分解。请先创建该财年的期间（创建年度期间会自动生成），然后重新分解。");

    /// <summary>{0} target, {1} the target period's type, {2} requested type.</summary>
    public static BusinessMessage DecompositionTypeNotShorter { get; } = new(
        MessageCodes.DecompositionTypeNotShorter,
        "Target '{0}': a {1} target cannot be decomposed into {2} periods, which are not shorter. Choose a shorter period type: half year, quarter or month.",
        "目标“{0}”：{1} 目标不能分解为并不更短的 {2} 期间。请选择更短的期间类型：半年、季度或月。");

    /// <summary>{0} target, {1} period code, {2} first uncovered date.</summary>
    public static BusinessMessage DecompositionChildrenDoNotCover { get; } = new(
        MessageCodes.DecompositionChildrenDoNotCover,
        "Target '{0}': the child periods do not cover period '{1}' day by day; the first uncovered or doubly covered date is {2}. Fix the periods so that they follow each other without gaps or overlaps, then decompose again.",
        "目标“{0}”：子期间未能逐日覆盖期间“{1}”，第一个未覆盖或重复覆盖的日期为 {2}。请修正期间，使其首尾相接、无间隙无重叠，然后重新分解。");

    /// <summary>{0} target, {1} owner, {2} value.</summary>
    public static BusinessMessage AllocationValueNegative { get; } = new(
        MessageCodes.AllocationValueNegative,
        "Target '{0}': the amount allocated to {1} is negative ({2}). Allocate an amount of 0 or more.",
        "目标“{0}”：分配给 {1} 的金额为负数（{2}）。请分配 0 或更大的金额。");

    /// <summary>{0} target, {1} owner, {2} percent.</summary>
    public static BusinessMessage AllocationPercentOutOfRange { get; } = new(
        MessageCodes.AllocationPercentOutOfRange,
        "Target '{0}': the percent allocated to {1} is {2}, outside 0–100. Allocate a percent between 0 and 100.",
        "目标“{0}”：分配给 {1} 的百分比为 {2}，超出了 0–100 的范围。请分配 0 到 100 之间的百分比。");

    /// <summary>{0} target, {1} owner.</summary>
    public static BusinessMessage AllocationOwnerDuplicate { get; } = new(
        MessageCodes.AllocationOwnerDuplicate,
        "Target '{0}': {1} is listed more than once in the allocation. List each member once, with their whole share.",
        "目标“{0}”：{1} 在分配中出现了不止一次。请每个成员只列一次，并填写其全部份额。");

    /// <summary>{0} target, {1} sum.</summary>
    public static BusinessMessage AllocationPercentSumOver100 { get; } = new(
        MessageCodes.AllocationPercentSumOver100,
        "Target '{0}': the allocated percents add up to {1}, more than 100. Reduce the percents so that they add up to 100 or less.",
        "目标“{0}”：分配的百分比合计为 {1}，超过了 100。请降低百分比，使合计不超过 100。");

    /// <summary>{0} target.</summary>
    public static BusinessMessage AllocationEmpty { get; } = new(
        MessageCodes.AllocationEmpty,
        "Target '{0}': the allocation lists no members. List at least one member with an amount or a percent.",
        "目标“{0}”：分配中没有列出任何成员。请至少列出一个成员及其金额或百分比。");

    /// <summary>{0} target, {1} character position, {2} what was expected there.</summary>
    public static BusinessMessage AllocationsUnreadable { get; } = new(
        MessageCodes.AllocationsUnreadable,
        "Target '{0}': the allocations cannot be read at character {1}: expected {2}. Write them as a JSON array such as [{{\"owner\": \"<user or team id>\", \"value\": 1000}}, {{\"owner\": \"<id>\", \"percent\": 25}}].",
        "目标“{0}”：无法读取分配内容，第 {1} 个字符处应为 {2}。请写成 JSON 数组，例如 [{{\"owner\": \"<用户或团队 ID>\", \"value\": 1000}}, {{\"owner\": \"<ID>\", \"percent\": 25}}]。");

    /// <summary>{0} target, {1} owner id.</summary>
    public static BusinessMessage AllocationOwnerUnknown { get; } = new(
        MessageCodes.AllocationOwnerUnknown,
        "Target '{0}': {1} is neither a user nor a team. Allocate only to existing users or teams, by their id.",
        "目标“{0}”：{1} 既不是用户也不是团队。请只按 ID 分配给已存在的用户或团队。");

    /// <summary>{0} target.</summary>
    public static BusinessMessage TargetInactive { get; } = new(
        MessageCodes.TargetInactive,
        "Target '{0}' is inactive and cannot be decomposed or allocated. Activate the target first, or use an active one.",
        "目标“{0}”已停用，不能分解或分配。请先激活该目标，或使用有效的目标。");

    /// <summary>{0} target, {1} the value given.</summary>
    public static BusinessMessage PeriodTypeUnknown { get; } = new(
        MessageCodes.PeriodTypeUnknown,
        "Target '{0}': {1} is not a period type. Use 100000001 (half year), 100000002 (quarter) or 100000003 (month).",
        "目标“{0}”：{1} 不是期间类型。请使用 100000001（半年）、100000002（季度）或 100000003（月）。");

    /// <summary>{0} KPI set.</summary>
    public static BusinessMessage KpiSetEmpty { get; } = new(
        MessageCodes.KpiSetEmpty,
        "KPI set '{0}' has no active items, so it gives no targets. Add at least one KPI to the set, then apply it again.",
        "KPI 组合“{0}”没有有效的条目，无法生成目标。请至少向组合中添加一个 KPI，然后重新应用。");

    /// <summary>{0} KPI set, {1} the table of the owner given.</summary>
    public static BusinessMessage ScorecardOwnerInvalid { get; } = new(
        MessageCodes.ScorecardOwnerInvalid,
        "KPI set '{0}': a scorecard belongs to a user or a team, not to a {1} record. Choose a user or a team as the owner.",
        "KPI 组合“{0}”：计分卡只能属于用户或团队，而不能属于 {1} 记录。请选择用户或团队作为负责人。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        StretchLessAmbitious, ThresholdOutOfRange, ScoreCapOutOfRange, WeightNegative, TargetKpiRequired, TargetPeriodRequired, TargetDuplicate, TargetScorecardMismatch, TargetParentLoop,
        SeasonalWeightUnreadable, SeasonalWeightCountMismatch, SeasonalWeightNegative,
        DecompositionNoChildPeriods, DecompositionTypeNotShorter, DecompositionChildrenDoNotCover,
        AllocationValueNegative, AllocationPercentOutOfRange, AllocationOwnerDuplicate, AllocationPercentSumOver100,
        AllocationEmpty, AllocationsUnreadable, AllocationOwnerUnknown, TargetInactive, PeriodTypeUnknown,
        KpiSetEmpty, ScorecardOwnerInvalid,
    };
}
