using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// Top-N honours follow the final ranks (docs/domain-rules.md "People side: alignment, agendas, honours"): at every rank
/// refresh of an ended period, an active top-N honour whose holder is no longer ranked within N (a late deal, a
/// recalculation) is taken back: set inactive (statecode 1, statuscode 2) with <c>spm_revokedon</c> and a bilingual
/// <c>spm_revokedreason</c>, never deleted. A holder who comes back into the top N gets the honour taken back from them
/// active again (its reason rewritten with the new rank) instead of a second row. An honour deactivated by a person
/// (no <c>spm_revokedon</c>) is moderation and is left alone either way.
/// Calls: one query (the honours of these rules in this period), then one Update per honour taken back or given back,
/// at most <c>maxWrites</c>; the rest is left to the next slice, which finds the same differences again.
/// </summary>
internal static class LeaderboardRevocations
{
    public static GrantOutcome Apply(
        LocalPluginContext context,
        Guid periodId,
        string periodName,
        IReadOnlyList<Entity> rules,
        IReadOnlyList<HonourCandidate> deserving,
        IReadOnlyList<RankedOwner> ranked,
        int maxWrites)
    {
        var query = new QueryExpression(RecognitionColumns.EntityName)
        {
            ColumnSet = new ColumnSet(RecognitionColumns.HonourRuleId, RecognitionColumns.RecipientId, RecognitionColumns.StateCode, RecognitionColumns.RevokedOn),
        };
        query.Criteria.AddCondition(RecognitionColumns.Kind, ConditionOperator.Equal, (int)RecognitionKind.Honour);
        query.Criteria.AddCondition(RecognitionColumns.PeriodId, ConditionOperator.Equal, periodId);
        query.Criteria.AddCondition(RecognitionColumns.HonourRuleId, ConditionOperator.In, rules.Select(r => (object)r.Id).ToArray());
        var held = Reviews.QueryPages.All(context.SystemService, query);

        var changes = new List<Entity>();
        foreach (var honour in held.OrderBy(h => h.Id))
        {
            var rule = honour.GetAttributeValue<EntityReference>(RecognitionColumns.HonourRuleId)?.Id ?? Guid.Empty;
            var holder = honour.GetAttributeValue<EntityReference>(RecognitionColumns.RecipientId)?.Id ?? Guid.Empty;
            var active = (honour.GetAttributeValue<OptionSetValue>(RecognitionColumns.StateCode)?.Value ?? 0) == 0;
            var takenBack = honour.GetAttributeValue<DateTime?>(RecognitionColumns.RevokedOn) is not null;
            var deserved = deserving.FirstOrDefault(c => c.RuleId == rule && c.RecipientId == holder);
            if (active && deserved is null)
            {
                changes.Add(TakeBack(context, honour.Id, rules.Single(r => r.Id == rule), periodName, ranked, holder));
            }
            else if (!active && takenBack && deserved is not null)
            {
                changes.Add(GiveBack(honour.Id, deserved));
            }
        }

        var written = 0;
        using (context.BeginEngineWrites())
        {
            foreach (var change in changes.Take(maxWrites))
            {
                context.SystemService.Update(change);
                written++;
            }
        }

        context.Trace("Top-N honours of {0}: {1} taken back or given back, {2} left for the next call.",
            periodName, written.ToString(CultureInfo.InvariantCulture), (changes.Count - written).ToString(CultureInfo.InvariantCulture));
        return new GrantOutcome(written, changes.Count > written);
    }

    private static Entity TakeBack(LocalPluginContext context, Guid honourId, Entity rule, string periodName, IReadOnlyList<RankedOwner> ranked, Guid holder)
    {
        var standing = ranked.Where(r => r.Owner?.Id == holder).OrderBy(r => r.Rank).FirstOrDefault();
        var reason = HonourReason.TopOfLeaderboardRevoked(
            rule.GetAttributeValue<string>(HonourRuleColumns.Name) ?? "-",
            standing?.Rank,
            rule.GetAttributeValue<int?>(HonourRuleColumns.TopN) ?? 0,
            periodName,
            standing?.Score);
        return new Entity(RecognitionColumns.EntityName, honourId)
        {
            [RecognitionColumns.StateCode] = new OptionSetValue(1),
            [RecognitionColumns.StatusCode] = new OptionSetValue(2),
            [RecognitionColumns.RevokedOn] = context.Clock.UtcNow,
            [RecognitionColumns.RevokedReason] = HonourReason.Stored(reason),
        };
    }

    private static Entity GiveBack(Guid honourId, HonourCandidate deserved) => new(RecognitionColumns.EntityName, honourId)
    {
        [RecognitionColumns.StateCode] = new OptionSetValue(0),
        [RecognitionColumns.StatusCode] = new OptionSetValue(1),
        [RecognitionColumns.RevokedOn] = null,
        [RecognitionColumns.RevokedReason] = null,
        [RecognitionColumns.Reason] = deserved.Honour[RecognitionColumns.Reason],
    };
}
