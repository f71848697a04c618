using System;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Attainment;

/// <summary>The columns stamped on an opportunity at its close (domain doc section 2).</summary>
public static class OpportunityStamps
{
    /// <summary>Whole days from the creation date to the close date (both as dates); null when either is missing.</summary>
    public static int? SalesCycleDays(DateTime? createdOn, DateTime? actualCloseDate)
    {
        if (createdOn is null || actualCloseDate is null)
        {
            return null;
        }

        var days = AsDate(createdOn.Value).DaysUntil(AsDate(actualCloseDate.Value));
        return Math.Max(0, days);
    }

    /// <summary>The customer's first won opportunity: no other won opportunity of that customer exists.</summary>
    public static bool IsNewCustomer(int otherWinsOfCustomer) => otherWinsOfCustomer == 0;

    private static CalendarDate AsDate(DateTime value) =>
        CalendarDate.FromDateTime(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value);
}
