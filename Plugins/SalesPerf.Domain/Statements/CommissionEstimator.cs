using System;
using System.Linq;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Periods;
using static SalesPerf.Domain.Commission.TraceNumbers;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// What a rep would earn if an open opportunity were won: the engine run on the statement's sources plus one
/// hypothetical transaction (last on its date). The estimate is the change in earned amount, so a retroactive uplift
/// of earlier credit and the payout cap are included.
/// </summary>
public static class CommissionEstimator
{
    public static CommissionEstimate Estimate(StatementSources sources, string opportunityId, decimal amount, CalendarDate closeDate, decimal splitPercent = 100m)
    {
        if (sources is null)
        {
            throw new ArgumentNullException(nameof(sources));
        }

        var baseline = StatementCalculator.Compute(sources);
        if (!sources.Period.Contains(closeDate))
        {
            return new CommissionEstimate(0m, baseline.AttainmentPercent, null, BilingualText.Of(
                "A win on " + Date(closeDate) + " falls outside the statement period " + sources.Period + ", so it adds nothing to this statement.",
                Date(closeDate) + " 赢单不在提成单期间 " + sources.Period + " 内，不影响本提成单。"));
        }

        var hypothetical = CreditTransaction.Create(opportunityId, closeDate, long.MaxValue, amount, splitPercent);
        var withWin = StatementCalculator.Compute(sources.WithTransaction(hypothetical));
        var line = withWin.Lines.First(l => l.Kind == CommissionLineKind.Earning && l.SourceId == opportunityId);
        var change = withWin.EarnedAmount - baseline.EarnedAmount;
        var en = "If won on " + Date(closeDate) + ": " + line.Trace.English + " Attainment " + Plain(baseline.AttainmentPercent) + " % → " + Plain(withWin.AttainmentPercent) + " %.";
        var zh = "若于 " + Date(closeDate) + " 赢单：" + line.Trace.Chinese + "达成率 " + Plain(baseline.AttainmentPercent) + " % → " + Plain(withWin.AttainmentPercent) + " %。";
        if (change != line.CommissionAmount)
        {
            en += " Earned on the statement changes by " + Cash(change) + " (" + Cash(baseline.EarnedAmount) + " → " + Cash(withWin.EarnedAmount) + ").";
            zh += "提成单提成变化 " + Cash(change) + "（" + Cash(baseline.EarnedAmount) + " → " + Cash(withWin.EarnedAmount) + "）。";
        }

        return new CommissionEstimate(change, withWin.AttainmentPercent, line, BilingualText.Of(en, zh));
    }
}
