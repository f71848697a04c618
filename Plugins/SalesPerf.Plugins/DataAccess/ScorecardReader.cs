using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Scorecards;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.DataAccess.Rows;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.DataAccess;

/// <summary>Reads scorecards with the weight and score of their active targets in one call (<see cref="ScorecardFetch"/>).</summary>
public sealed class ScorecardReader(IOrganizationService service)
{
    private readonly IOrganizationService service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<ScorecardLines> ForIds(IReadOnlyCollection<Guid> scorecardIds)
    {
        if (scorecardIds.Count == 0)
        {
            return Array.Empty<ScorecardLines>();
        }

        var rows = service.RetrieveMultiple(new FetchExpression(ScorecardFetch.ForIds(scorecardIds))).Entities;
        return Map(rows);
    }

    public static IReadOnlyList<ScorecardLines> Map(IEnumerable<Entity> rows) =>
        rows.GroupBy(r => r.Id)
            .Select(g => new ScorecardLines(
                g.Key,
                Aliased.Number(g.First(), ScorecardColumns.WeightedScore),
                g.Where(r => Aliased.Id(r, ScorecardFetch.TargetAlias + "." + TargetColumns.Id) is not null)
                    .Select(r => ScoreLine.Create(
                        Math.Max(0m, Aliased.Number(r, ScorecardFetch.TargetAlias + "." + TargetColumns.Weight) ?? 0m),
                        Aliased.Number(r, ScorecardFetch.TargetAlias + "." + TargetColumns.ScorePercent)))
                    .ToArray(),
                g.First().GetAttributeValue<bool?>(ScorecardColumns.RecalculationNeeded) == true,
                g.Any(r => Aliased.Flag(r, ScorecardFetch.TargetAlias + "." + TargetColumns.RecalculationNeeded) == true)))
            .ToArray();
}
