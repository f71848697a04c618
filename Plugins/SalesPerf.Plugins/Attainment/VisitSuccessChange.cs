using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The owner and dates an opportunity's creation (or deletion) touches for VisitSuccessRate: visits on the creation
/// day or in the <see cref="MeasureNeeds.VisitSuccessDays"/> days before it. Every period overlapping those days
/// contains one of the dates returned (none is more than 15 days from the next, and no period is shorter than a month).
/// </summary>
public static class VisitSuccessChange
{
    public static IEnumerable<OwnerDates> Of(Entity? opportunity)
    {
        var owner = opportunity?.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId)?.Id ?? Guid.Empty;
        var created = opportunity?.GetAttributeValue<DateTime?>(OpportunityColumns.CreatedOn);
        if (owner == Guid.Empty || created is null)
        {
            yield break;
        }

        var day = CalendarDate.FromDateTime(created.Value.Kind == DateTimeKind.Local ? created.Value.ToUniversalTime() : created.Value);
        var half = MeasureNeeds.VisitSuccessDays / 2;
        yield return new OwnerDates(owner, [day.AddDays(-MeasureNeeds.VisitSuccessDays), day.AddDays(-half), day]);
    }
}
