using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>The columns of one <c>spm_period</c> the engine needs, mapped to domain values.</summary>
public sealed record PeriodRow(Guid Id, string Code, PeriodType Type, DateRange Range);
