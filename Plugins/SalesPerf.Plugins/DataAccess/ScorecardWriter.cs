using System;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Writes a scorecard's weighted score (one Update).</summary>
public sealed class ScorecardWriter(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public void Write(Guid scorecardId, decimal? weightedScore, DateTime calculatedOn) =>
        service.Update(new Entity(ScorecardColumns.EntityName, scorecardId)
        {
            [ScorecardColumns.WeightedScore] = weightedScore,
            [ScorecardColumns.LastCalculatedOn] = calculatedOn,
        });
}
