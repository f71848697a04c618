using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Periods;

/// <summary>A period as it will be stored after a Create or Update: the Target completed with the pre-image.</summary>
internal sealed record PeriodCandidate(
    Guid Id, string DisplayName, string Code, PeriodType? Type, CalendarDate? Start, CalendarDate? End, EntityReference? Parent)
{
    public static PeriodCandidate From(Entity target, Entity? preImage)
    {
        var merged = new Entity(PeriodColumns.EntityName, target.Id);
        if (preImage is not null)
        {
            foreach (var column in preImage.Attributes)
            {
                merged[column.Key] = column.Value;
            }
        }

        foreach (var column in target.Attributes)
        {
            merged[column.Key] = column.Value;
        }

        return new PeriodCandidate(
            target.Id,
            PeriodRecord.DisplayName(merged),
            merged.GetAttributeValue<string>(PeriodColumns.Code) ?? "",
            PeriodRecord.Type(merged),
            PeriodRecord.Date(merged, PeriodColumns.StartDate),
            PeriodRecord.Date(merged, PeriodColumns.EndDate),
            merged.GetAttributeValue<EntityReference>(PeriodColumns.ParentPeriodId));
    }
}
