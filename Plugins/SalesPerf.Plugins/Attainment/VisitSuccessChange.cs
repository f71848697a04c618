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
    /// <summary>
    /// True when a change moves the opportunity between owners or customers (reassigned, or <c>customerid</c> changed):
    /// the visits it followed up are then another owner's or another customer's, so visit success moves for both sides.
    /// </summary>
    public static bool Moves(Entity? before, Entity? after) =>
        before is not null && after is not null
        && (Id(before, OpportunityColumns.OwnerId) != Id(after, OpportunityColumns.OwnerId)
            || Id(before, OpportunityColumns.CustomerId) != Id(after, OpportunityColumns.CustomerId));

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

    private static Guid Id(Entity row, string column) => row.GetAttributeValue<EntityReference>(column)?.Id ?? Guid.Empty;
}
