using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>One active <c>spm_planassignment</c> with its period's dates and its plan's basis, as read for a recompute.</summary>
internal sealed record AssignmentRow(
    Guid Id,
    string Name,
    Guid OwnerId,
    Guid PlanId,
    int Basis,
    Guid PeriodId,
    DateRange Period,
    decimal? QuotaAmount,
    Guid? QuotaTargetId);
