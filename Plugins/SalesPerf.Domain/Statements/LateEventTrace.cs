using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using static SalesPerf.Domain.Commission.TraceNumbers;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// Words for what a late event adds to a line's trace (<see cref="StatementIncrement"/>): a back-dated line carries the
/// catch-up of the lines after it, a line of a transaction no longer credited keeps the catch-up of the others, a
/// PerTransaction line takes up what the statement's other lines were priced differently on.
/// </summary>
internal static class LateEventTrace
{
    public static BilingualText BackDated(BilingualText trace, CalendarDate date) => BilingualText.Of(
        trace.English + " Dated " + Date(date) + ", before lines already on this statement: it is priced on top of the period total, so it carries"
        + " the catch-up those lines would otherwise have changed by, and their amounts stand; the statement still pays the commission on its total.",
        trace.Chinese + "日期 " + Date(date) + " 早于本提成单上已有的行：按期间累计之上计价，承担这些行本应调整的补差，这些行的金额不变；提成单仍按期间累计总额计提。");

    public static BilingualText NoLongerCredited(
        StatementSources sources, decimal before, decimal after, decimal uncapped, decimal earned, decimal othersEarned, decimal amount)
    {
        var cap = uncapped != earned ? " (payout cap " + Cash(sources.Plan.PayoutCap!.Value) + ": " + Cash(earned) + ")" : string.Empty;
        var capZh = uncapped != earned ? "（提成上限 " + Cash(sources.Plan.PayoutCap!.Value) + "：" + Cash(earned) + "）" : string.Empty;
        return BilingualText.Of(
            "No longer credited on this statement: the period total falls " + Cash(before) + " → " + Cash(after) + ". Commission on it "
            + Cash(uncapped) + cap + ", less " + Cash(othersEarned) + " on the other lines = " + Cash(amount)
            + ": the catch-up of lines priced on a total it was part of.",
            "不再计入本提成单：期间累计 " + Cash(before) + " → " + Cash(after) + "。其提成 " + Cash(uncapped) + capZh + "，减去其他各行 "
            + Cash(othersEarned) + " = " + Cash(amount) + "：即按包含该交易的累计计价的各行的补差。");
    }

    public static BilingualText PerTransactionCatchUp(BilingualText trace, StatementSources sources, decimal earned, decimal othersEarned, decimal amount)
    {
        var cap = sources.Plan.PayoutCap.HasValue ? " (payout cap " + Cash(sources.Plan.PayoutCap.Value) + ")" : string.Empty;
        var capZh = sources.Plan.PayoutCap.HasValue ? "（提成上限 " + Cash(sources.Plan.PayoutCap.Value) + "）" : string.Empty;
        return BilingualText.Of(
            trace.English + " The statement pays " + Cash(earned) + cap + " on all its credits and its other lines hold " + Cash(othersEarned)
            + ", so this line pays " + Cash(amount) + ".",
            trace.Chinese + "提成单按全部业绩计提 " + Cash(earned) + capZh + "，其他各行合计 " + Cash(othersEarned) + "，因此本行提成 " + Cash(amount) + "。");
    }
}
