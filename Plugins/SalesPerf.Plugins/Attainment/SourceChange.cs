using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The owners and dates a change of a source row touches, read from its before and after snapshots (images or a
/// retrieved row): both the old and the new owner, each with the dates of the row as it was and as it is, so that a
/// reassignment or a moved date recomputes both sides.
/// </summary>
public static class SourceChange
{
    public static IReadOnlyList<OwnerDates> Of(Entity? before, Entity? after, params string[] dateColumns)
    {
        var snapshots = new[] { before, after }.Where(e => e is not null).Select(e => e!).ToArray();
        var dates = snapshots.SelectMany(e => Dates(e, dateColumns)).Distinct().ToArray();
        return snapshots
            .Select(e => e.GetAttributeValue<EntityReference>("ownerid")?.Id ?? Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .Select(owner => new OwnerDates(owner, dates))
            .ToArray();
    }

    /// <summary>The dates of <paramref name="row"/> in <paramref name="dateColumns"/>, as UTC calendar dates.</summary>
    public static IEnumerable<CalendarDate> Dates(Entity row, IEnumerable<string> dateColumns) =>
        dateColumns.Select(c => row?.GetAttributeValue<DateTime?>(c))
            .Where(d => d.HasValue)
            .Select(d => CalendarDate.FromDateTime(d!.Value.Kind == DateTimeKind.Local ? d.Value.ToUniversalTime() : d.Value));
}
