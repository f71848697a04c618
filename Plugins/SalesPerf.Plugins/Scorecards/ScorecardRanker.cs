using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Scorecards;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>
/// Ranks the active scorecards of one business unit and period with <see cref="ScorecardRanking.Rank"/> and writes the
/// ranks that changed. Inactive scorecards leave the ranking: their rank is cleared when they still carry one.
/// </summary>
internal static class ScorecardRanker
{
    public static void Rank(LocalPluginContext context, Entity scorecard)
    {
        var period = scorecard.GetAttributeValue<EntityReference>(ScorecardColumns.PeriodId);
        var unit = scorecard.GetAttributeValue<EntityReference>(OwnerColumns.OwningBusinessUnit);
        if (period is null || unit is null)
        {
            context.Trace("The scorecard has no period or business unit; nothing to rank.");
            return;
        }

        var query = new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.WeightedScore, ScorecardColumns.Rank, ScorecardColumns.StateCode),
        };
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, period.Id);
        query.Criteria.AddCondition(OwnerColumns.OwningBusinessUnit, ConditionOperator.Equal, unit.Id);
        var rows = context.SystemService.RetrieveMultiple(query).Entities;

        var active = rows.Where(row => (row.GetAttributeValue<OptionSetValue>(ScorecardColumns.StateCode)?.Value ?? 0) == 0).ToList();
        var ranks = ScorecardRanking.Rank(active.Select(row => new RankCandidate(
                row.Id.ToString("D"), unit.Id.ToString("D"), period.Id.ToString("D"), Numbers.Read(row, ScorecardColumns.WeightedScore))))
            .ToDictionary(ranked => ranked.ScorecardKey, ranked => ranked.Rank, StringComparer.OrdinalIgnoreCase);

        var written = 0;
        using (context.BeginEngineWrites())
        {
            foreach (var row in rows)
            {
                var rank = ranks.TryGetValue(row.Id.ToString("D"), out var ranked) ? ranked : null;
                if (rank == row.GetAttributeValue<int?>(ScorecardColumns.Rank))
                {
                    continue;
                }

                context.SystemService.Update(new Entity(ScorecardColumns.EntityName, row.Id) { [ScorecardColumns.Rank] = rank });
                written++;
            }
        }

        context.Trace(
            "Ranked {0} active scorecards of the business unit for the period; {1} ranks written.",
            active.Count.ToString(CultureInfo.InvariantCulture), written.ToString(CultureInfo.InvariantCulture));
    }
}
