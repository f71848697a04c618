using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>Messages of KPI configuration: the code and the filter. {0} is always the KPI's name.</summary>
public static class KpiMessages
{
    /// <summary>{0} KPI, {1} code, {2} the other KPI.</summary>
    public static BusinessMessage CodeNotUnique { get; } = new(
        MessageCodes.KpiCodeNotUnique,
        "KPI '{0}': the code '{1}' is already used by the KPI '{2}'. Enter a code no other KPI uses.",
        "KPI“{0}”：代码“{1}”已被 KPI“{2}”使用。请输入其他 KPI 未使用的代码。");

    /// <summary>{0} KPI, {1} the measure's table, {2} the part that does not fit.</summary>
    public static BusinessMessage FilterMalformed { get; } = new(
        MessageCodes.KpiFilterMalformed,
        "KPI '{0}': the filter is not one well-formed FetchXML <filter> of conditions on the table '{1}' (at: {2}). Enter a <filter> holding only <filter>, <condition> and <value> elements, each condition with a column of '{1}', an operator and a value of the column's type, or leave the filter empty.",
        "KPI“{0}”：筛选器不是表“{1}”上由条件组成的格式正确的 FetchXML <filter>（位置：{2}）。请输入只包含 <filter>、<condition> 和 <value> 元素的 <filter>，每个条件使用表“{1}”的列、一个运算符和与该列类型相符的值，或将筛选器留空。");

    /// <summary>{0} KPI, {1} column, {2} the measure's table.</summary>
    public static BusinessMessage FilterColumnUnknown { get; } = new(
        MessageCodes.KpiFilterColumnUnknown,
        "KPI '{0}': the filter's column '{1}' does not exist on the table '{2}' that the KPI's measure counts. Use a column of '{2}', or leave the filter empty.",
        "KPI“{0}”：筛选器中的列“{1}”在该 KPI 的度量所统计的表“{2}”中不存在。请使用表“{2}”的列，或将筛选器留空。");

    /// <summary>{0} KPI, {1} operator, {2} the operators allowed.</summary>
    public static BusinessMessage FilterOperatorUnsupported { get; } = new(
        MessageCodes.KpiFilterOperatorUnsupported,
        "KPI '{0}': the filter's operator '{1}' is not allowed in a KPI filter (a KPI counts the same records whoever closes a deal, and whenever). Use one of: {2}.",
        "KPI“{0}”：KPI 筛选器不允许使用运算符“{1}”（无论由谁、在何时成交，KPI 都应统计相同的记录）。请使用以下运算符之一：{2}。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { CodeNotUnique, FilterMalformed, FilterColumnUnknown, FilterOperatorUnsupported };
}
