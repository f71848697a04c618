using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Scorecards;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Recognition;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;
using SalesPerf.Plugins.TargetPlanning;

namespace SalesPerf.Plugins.Scorecards;

/// <summary>
/// The rank refresh of one period, outside any deal's transaction (a stage of <c>spm_Recalculate</c>): reads the
/// period's scorecards (5,000 a page), ranks the active ones of each business unit with
/// <see cref="ScorecardRanking.Rank"/> and writes at most <c>maxWrites</c> changed ranks, in scorecard id order.
/// Inactive scorecards leave the ranking: their rank is cleared when they still carry one. Ranks already right are
/// not written, so the next call continues where this one stopped; the stage is done when nothing is left to write.
/// </summary>
internal static class ScorecardRanker
{
    public static SlicePage RankPeriod(LocalPluginContext context, Guid periodId, int maxWrites)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScorecardColumns.WeightedScore, ScorecardColumns.Rank, ScorecardColumns.StateCode, OwnerColumns.OwningBusinessUnit, ScorecardColumns.OwnerId),
        };
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, periodId);
        var rows = QueryPages.All(context.SystemService, query);

        var period = periodId.ToString("D");
        var active = rows.Where(row => (row.GetAttributeValue<OptionSetValue>(ScorecardColumns.StateCode)?.Value ?? 0) == 0).ToList();
        var ranks = ScorecardRanking.Rank(active.Select(row => new RankCandidate(
                row.Id.ToString("D"),
                row.GetAttributeValue<EntityReference>(OwnerColumns.OwningBusinessUnit)?.Id.ToString("D") ?? string.Empty,
                period,
                Numbers.Read(row, ScorecardColumns.WeightedScore))))
            .ToDictionary(ranked => ranked.ScorecardKey, ranked => ranked.Rank, StringComparer.OrdinalIgnoreCase);

        var changes = rows
            .Select(row => new
            {
                row.Id,
                Rank = ranks.TryGetValue(row.Id.ToString("D"), out var ranked) ? ranked : null,
                Stored = row.GetAttributeValue<int?>(ScorecardColumns.Rank),
            })
            .Where(change => change.Rank != change.Stored)
            .OrderBy(change => change.Id)
            .ToList();
        var written = 0;
        using (context.BeginEngineWrites())
        {
            foreach (var change in changes.Take(maxWrites))
            {
                context.SystemService.Update(new Entity(ScorecardColumns.EntityName, change.Id) { [ScorecardColumns.Rank] = change.Rank });
                written++;
            }
        }

        context.Trace(
            "Ranked {0} active scorecards of period {1}; {2} ranks written, {3} left for the next call.",
            active.Count.ToString(CultureInfo.InvariantCulture), period, written.ToString(CultureInfo.InvariantCulture),
            (changes.Count - written).ToString(CultureInfo.InvariantCulture));
        if (changes.Count > written)
        {
            return new SlicePage(written, true, null);
        }

        // Ranks are final for this run: top-N honours of an ended period, within what is left of this slice's writes.
        var ranked = active
            .Where(row => ranks.TryGetValue(row.Id.ToString("D"), out var rank) && rank.HasValue)
            .Select(row => new RankedOwner(row.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId), ranks[row.Id.ToString("D")]!.Value, Numbers.Read(row, ScorecardColumns.WeightedScore)))
            .ToList();
        var honours = LeaderboardHonours.Grant(context, periodId, ranked, maxWrites - written);
        return new SlicePage(written + honours.Granted, honours.More, null);
    }
}
