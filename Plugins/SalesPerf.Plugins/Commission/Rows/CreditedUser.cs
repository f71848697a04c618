using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>A user a transaction is credited to now, and the transaction's date.</summary>
internal sealed record CreditedUser(Guid UserId, CalendarDate Date);
