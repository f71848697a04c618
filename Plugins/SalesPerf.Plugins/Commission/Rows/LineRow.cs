using System;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Statements;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>One stored <c>spm_commissionline</c>; <see cref="Key"/> (its <c>spm_name</c>) is the kind and source transaction.</summary>
internal sealed record LineRow(
    Guid Id,
    string Key,
    CommissionLineKind Kind,
    string SourceId,
    CalendarDate? TransactionDate,
    decimal? CreditAmount,
    decimal? SplitPercent,
    decimal? RatePercent,
    decimal? CommissionAmount,
    string? Trace);
