using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Attainment;

/// <summary>An owner (user or team id) and the dates whose periods a source change touched.</summary>
public sealed record OwnerDates
{
    public OwnerDates(Guid ownerId, IEnumerable<CalendarDate> dates)
    {
        OwnerId = ownerId;
        Dates = (dates ?? throw new ArgumentNullException(nameof(dates))).Distinct().OrderBy(d => d).ToArray();
    }

    public Guid OwnerId { get; }

    public IReadOnlyList<CalendarDate> Dates { get; }
}
