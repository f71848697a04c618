using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of recognition (kudos, honours) and honour rules. {0} is always the row's name; {1}, {2}, … are the rule's
/// arguments in order (<c>SalesPerf.Domain.Recognition.RecognitionRuleCodes</c>).
/// </summary>
public static class RecognitionMessages
{
    /// <summary>{0} rule, {1} the missing column.</summary>
    public static BusinessMessage RuleIncomplete { get; } = new(
        MessageCodes.RecognitionRuleIncomplete,
        "Honour rule '{0}': the column '{1}' is required. Choose the kind of honour (first to reach, top N) and the period type it is contested in.",
        "荣誉规则“{0}”：列“{1}”为必填。请选择荣誉类型（首位达到、前 N 名）及其评选所在的周期类型。");

    /// <summary>{0} rule, {1} threshold, {2} maximum.</summary>
    public static BusinessMessage ThresholdOutOfRange { get; } = new(
        MessageCodes.RecognitionThresholdOutOfRange,
        "Honour rule '{0}': the threshold {1} % is not allowed. A first-to-reach rule needs a threshold above 0 and at most {2} %.",
        "荣誉规则“{0}”：门槛 {1}% 无效。“首位达到”规则的门槛须大于 0 且不超过 {2}%。");

    /// <summary>{0} rule, {1} KPI id or none.</summary>
    public static BusinessMessage KpiUnknown { get; } = new(
        MessageCodes.RecognitionKpiUnknown,
        "Honour rule '{0}': the KPI '{1}' does not exist. A first-to-reach rule needs an existing KPI; choose one from the KPIs.",
        "荣誉规则“{0}”：KPI“{1}”不存在。“首位达到”规则需要一个已存在的 KPI，请从 KPI 列表中选择。");

    /// <summary>{0} rule, {1} N, {2} maximum.</summary>
    public static BusinessMessage TopNOutOfRange { get; } = new(
        MessageCodes.RecognitionTopNOutOfRange,
        "Honour rule '{0}': top {1} is not allowed. A top-N rule honours 1 to {2} leaders of each business unit.",
        "荣誉规则“{0}”：前 {1} 名无效。“前 N 名”规则对每个业务部门表彰 1 至 {2} 名领先者。");

    /// <summary>{0} recognition.</summary>
    public static BusinessMessage KudosToSelf { get; } = new(
        MessageCodes.RecognitionKudosToSelf,
        "Kudos '{0}': you cannot give kudos to yourself. Choose a colleague as the recipient.",
        "点赞“{0}”：不能给自己点赞。请选择一位同事作为获得者。");

    /// <summary>{0} recognition.</summary>
    public static BusinessMessage KudosNotGiver { get; } = new(
        MessageCodes.RecognitionKudosNotGiver,
        "Kudos '{0}': only the person who gave it may change it. Ask the giver, or give your own kudos.",
        "点赞“{0}”：只有给出点赞的人可以修改。请联系给予人，或给出您自己的点赞。");

    /// <summary>{0} recognition, {1} column.</summary>
    public static BusinessMessage HonourEngineOnly { get; } = new(
        MessageCodes.RecognitionHonourEngineOnly,
        "Recognition '{0}': '{1}' is written only by SalesPerf when an honour rule is met. Give kudos instead, or configure an honour rule.",
        "表彰“{0}”：“{1}”仅在满足荣誉规则时由 SalesPerf 写入。请改为点赞，或配置荣誉规则。");

    /// <summary>{0} recognition.</summary>
    public static BusinessMessage RecipientMissing { get; } = new(
        MessageCodes.RecognitionRecipientMissing,
        "Kudos '{0}': it has no recipient. Choose the colleague you recognise.",
        "点赞“{0}”：没有获得者。请选择您要表彰的同事。");

    /// <summary>{0} recognition.</summary>
    public static BusinessMessage HonourDeleted { get; } = new(
        MessageCodes.RecognitionHonourDeleted,
        "Recognition '{0}': an honour is SalesPerf's record of who met the rule, so nobody deletes it; deleting it would let the rule be granted a second time. It stays on the wall as granted.",
        "表彰“{0}”：荣誉是 SalesPerf 对达成规则者的记录，任何人都不能删除；删除后该规则可能被再次授予。它将按授予时的样子保留在表彰墙上。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[]
    {
        RuleIncomplete, ThresholdOutOfRange, KpiUnknown, TopNOutOfRange, KudosToSelf, KudosNotGiver, HonourEngineOnly, RecipientMissing,
        HonourDeleted,
    };
}
