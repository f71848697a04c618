using System;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>One <c>spm_commissionstatement</c>: its key, status and computed columns as stored.</summary>
internal sealed record StatementRow(
    Guid Id,
    string Name,
    Guid OwnerId,
    StatementStatus Status,
    decimal? CreditAmount,
    decimal? AttainmentPercent,
    decimal? EarnedAmount,
    decimal? ClawbackAmount,
    decimal? AdjustmentAmount,
    decimal? PayableAmount,
    string? Trace);
