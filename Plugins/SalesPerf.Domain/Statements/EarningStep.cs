using System.Collections.Generic;
using SalesPerf.Domain.Commission;

namespace SalesPerf.Domain.Statements;

/// <summary>
/// The arithmetic of one earning line, kept so that its trace can say exactly what was computed. For period-cumulative
/// lines <see cref="RunningTotal"/> is the rounded commission on the running total after the line and
/// <see cref="EarlierLines"/> what the earlier lines computed.
/// </summary>
internal sealed record EarningStep(
    CreditTransaction Transaction,
    decimal CumulativeBefore,
    decimal CumulativeAfter,
    IReadOnlyList<BandSlice> Slices,
    decimal RunningTotal,
    decimal EarlierLines,
    decimal ComputedAmount,
    decimal CommissionAmount);
