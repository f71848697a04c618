using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Writes a scorecard's weighted score (one Update), clearing its stale mark in the same write when it carries one.</summary>
public sealed class ScorecardWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public void Write(Guid scorecardId, decimal? weightedScore, DateTime calculatedOn, bool clearMark = false)
    {
        var update = new Entity(ScorecardColumns.EntityName, scorecardId)
        {
            [ScorecardColumns.WeightedScore] = weightedScore,
            [ScorecardColumns.LastCalculatedOn] = calculatedOn,
        };
        if (clearMark)
        {
            update[ScorecardColumns.RecalculationNeeded] = false;
            update[ScorecardColumns.RecalculationReason] = null;
        }

        service.Update(update);
    }
}
