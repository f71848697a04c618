using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>A user a transaction is credited to now, the transaction's date, and the user's share of it (deal splits; else 100).</summary>
internal sealed record CreditedUser(Guid UserId, CalendarDate Date, decimal SplitPercent = 100m);
