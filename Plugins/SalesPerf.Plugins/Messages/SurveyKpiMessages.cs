using System.Collections.Generic;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// Messages of a Customer Satisfaction KPI reading an admin-chosen survey table (SPM-KPI-160…179). {0} is always the
/// KPI's name, {1} the table's logical name.
/// </summary>
public static class SurveyKpiMessages
{
    /// <summary>{0} KPI, {1} table.</summary>
    public static BusinessMessage TableNotFound { get; } = new(
        MessageCodes.KpiSurveyTableNotFound,
        "KPI '{0}': the survey table '{1}' does not exist. Enter the logical name of an existing table (for example new_surveyanswer), or leave Survey Table empty to use SalesPerf's Survey Responses.",
        "KPI“{0}”：调查表“{1}”不存在。请输入现有表的逻辑名称（例如 new_surveyanswer），或将“调查表”留空以使用 SalesPerf 的调查答复。");

    /// <summary>{0} KPI, {1} table, {2} the column's role (score, date, customer) in the user's language, {3} the KPI column to fill.</summary>
    public static BusinessMessage ColumnMissing { get; } = new(
        MessageCodes.KpiSurveyColumnMissing,
        "KPI '{0}': the survey table '{1}' is set but its {2} column is not. Enter the logical name of that column of '{1}' in {3}.",
        "KPI“{0}”：已设置调查表“{1}”，但未设置其{2}列。请在“{3}”中输入表“{1}”中该列的逻辑名称。");

    /// <summary>{0} KPI, {1} table, {2} column, {3} the column's role.</summary>
    public static BusinessMessage ColumnNotFound { get; } = new(
        MessageCodes.KpiSurveyColumnNotFound,
        "KPI '{0}': the table '{1}' has no column '{2}' (entered as its {3} column). Enter the logical name of an existing column of '{1}'.",
        "KPI“{0}”：表“{1}”中没有列“{2}”（作为其{3}列输入）。请输入表“{1}”中现有列的逻辑名称。");

    /// <summary>{0} KPI, {1} table, {2} column, {3} its type.</summary>
    public static BusinessMessage ScoreNotNumeric { get; } = new(
        MessageCodes.KpiSurveyScoreNotNumeric,
        "KPI '{0}': the score column '{2}' of table '{1}' is of type {3}, not a number. Enter a Whole Number, Decimal, Floating Point or Currency column.",
        "KPI“{0}”：表“{1}”的分数列“{2}”的类型为 {3}，不是数值。请输入整数、小数、浮点数或货币类型的列。");

    /// <summary>{0} KPI, {1} table, {2} column, {3} its type.</summary>
    public static BusinessMessage DateNotDate { get; } = new(
        MessageCodes.KpiSurveyDateNotDate,
        "KPI '{0}': the date column '{2}' of table '{1}' is of type {3}, not a date. Enter a Date and Time or Date Only column.",
        "KPI“{0}”：表“{1}”的日期列“{2}”的类型为 {3}，不是日期。请输入日期和时间或仅日期类型的列。");

    /// <summary>{0} KPI, {1} table, {2} column, {3} its type, {4} the tables it points to.</summary>
    public static BusinessMessage CustomerNotLookup { get; } = new(
        MessageCodes.KpiSurveyCustomerNotLookup,
        "KPI '{0}': the customer column '{2}' of table '{1}' ({3}{4}) is not a lookup to accounts or contacts. Enter a Lookup or Customer column whose targets are account or contact.",
        "KPI“{0}”：表“{1}”的客户列“{2}”（{3}{4}）不是指向客户或联系人的查找列。请输入目标为 account 或 contact 的查找列或客户列。");

    /// <summary>{0} KPI, {1} the survey columns that are set.</summary>
    public static BusinessMessage TableMissing { get; } = new(
        MessageCodes.KpiSurveyTableMissing,
        "KPI '{0}': survey columns are set ({1}) but Survey Table is empty. Enter the table they belong to, or clear them to use SalesPerf's Survey Responses.",
        "KPI“{0}”：已设置调查列（{1}），但“调查表”为空。请输入这些列所属的表，或清空它们以使用 SalesPerf 的调查答复。");

    public static IReadOnlyList<BusinessMessage> All { get; } = new[] { TableNotFound, ColumnMissing, ColumnNotFound, ScoreNotNumeric, DateNotDate, CustomerNotLookup, TableMissing };
}
