using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Periods;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>A ranked scorecard as the rank stage leaves it: its owner, its business unit's rank and its score.</summary>
internal sealed record RankedOwner(EntityReference? Owner, int Rank, decimal? Score);

/// <summary>
/// "Top N on the leaderboard of a period type": decided by the rank refresh (the rank stage of <c>spm_Recalculate</c>),
/// never inside a win (ranking is work over every scorecard of the period, which a deal's transaction must not do), and
/// only once the period has ended (its end date before today): the ranks are then final, so the honour is not granted
/// to whoever led in the middle of the quarter. Granted to the active user-owned scorecards ranked 1…N in their business
/// unit (ties share a rank, so a tie at N honours both), once per rule, period and person (<see cref="HonourGrants"/>).
/// An honour whose holder left the top N at a later refresh is taken back first (<see cref="LeaderboardRevocations"/>).
/// Calls: one query for the active top-N rules; when there are some, the period (one Retrieve); when some are of the
/// period's type, the honours already held (one query) and one Update per honour taken or given back, then the grant.
/// At most <c>maxCreates</c> writes a call; the rest is left to the next slice, which finds them missing again.
/// </summary>
internal static class LeaderboardHonours
{
    public static GrantOutcome Grant(LocalPluginContext context, Guid periodId, IReadOnlyList<RankedOwner> ranked, int maxCreates)
    {
        var query = new QueryExpression(HonourRuleColumns.EntityName)
        {
            ColumnSet = new ColumnSet(HonourRuleColumns.Name, HonourRuleColumns.PeriodType, HonourRuleColumns.TopN),
        };
        query.Criteria.AddCondition(HonourRuleColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(HonourRuleColumns.Kind, ConditionOperator.Equal, (int)HonourKind.TopOfLeaderboard);
        var rules = context.SystemService.RetrieveMultiple(query).Entities;
        if (rules.Count == 0)
        {
            return new GrantOutcome(0, false);
        }

        var period = context.SystemService.Retrieve(PeriodColumns.EntityName, periodId, new ColumnSet(PeriodColumns.Name, PeriodColumns.PeriodType, PeriodColumns.EndDate));
        var end = PeriodRecord.Date(period, PeriodColumns.EndDate);
        if (end is null || end.Value.ToDateTime() >= context.Clock.UtcToday)
        {
            context.Trace("Top-N honours of period {0}: not before the period has ended.", periodId.ToString("D"));
            return new GrantOutcome(0, false);
        }

        var type = period.GetAttributeValue<OptionSetValue>(PeriodColumns.PeriodType)?.Value;
        var periodName = period.GetAttributeValue<string>(PeriodColumns.Name) ?? "-";
        var ofType = rules
            .Where(rule => rule.GetAttributeValue<OptionSetValue>(HonourRuleColumns.PeriodType)?.Value == type)
            .OrderBy(rule => rule.Id)
            .ToList();
        if (ofType.Count == 0)
        {
            return new GrantOutcome(0, false);
        }

        var candidates = ofType
            .SelectMany(rule =>
            {
                var name = rule.GetAttributeValue<string>(HonourRuleColumns.Name) ?? "-";
                var topN = rule.GetAttributeValue<int?>(HonourRuleColumns.TopN) ?? 0;
                return ranked
                    .Where(r => r.Rank <= topN && r.Owner?.LogicalName == OwnerColumns.UserEntityName)
                    .OrderBy(r => r.Rank).ThenBy(r => r.Owner!.Id)
                    .Select(r => new HonourCandidate(rule.Id, periodId, r.Owner!.Id, OneWinner: false, HonourGrants.Row(
                        name, rule.Id, periodId, r.Owner.Id,
                        HonourReason.Stored(HonourReason.TopOfLeaderboard(name, r.Rank, topN, periodName, r.Score)))));
            })
            .ToList();

        // Ranks move after the grant (a late deal, a recalculation): honours follow them, before anything new is granted.
        var revised = LeaderboardRevocations.Apply(context, periodId, periodName, ofType, candidates, ranked, maxCreates);
        if (revised.More || candidates.Count == 0)
        {
            return revised;
        }

        var granted = HonourGrants.GrantMissing(context, candidates, maxCreates - revised.Granted);
        context.Trace("Top-N honours of {0}: {1} granted.", periodName, granted.Granted.ToString(CultureInfo.InvariantCulture));
        return new GrantOutcome(revised.Granted + granted.Granted, granted.More);
    }
}
