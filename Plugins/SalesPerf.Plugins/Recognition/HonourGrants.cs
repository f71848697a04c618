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
/// Grants honours once: never twice for the same rule and period (first to reach) or rule, period and person (top N).
/// <list type="number">
/// <item>one query for the honours already granted under these rules in these periods (inactive ones count: granted is granted);</item>
/// <item>when some are missing: one Update per rule (<c>spm_lastgrantedon</c>), which takes the rule row's lock until the
/// transaction ends, so a concurrent grant of the same rule waits here; then the same query again, which now sees what a
/// concurrent transaction committed meanwhile; then one Create per honour still missing.</item>
/// </list>
/// So a move that grants nothing new costs one query, and a grant 3 + rules + honours calls. All writes are the engine's.
/// </summary>
internal static class HonourGrants
{
    /// <summary>Creates at most <paramref name="maxCreates"/> honours; <c>More</c> when some are left missing.</summary>
    public static GrantOutcome GrantMissing(LocalPluginContext context, IReadOnlyList<HonourCandidate> candidates, int maxCreates = int.MaxValue)
    {
        if (candidates.Count == 0 || maxCreates < 1)
        {
            return new GrantOutcome(0, candidates.Count > 0);
        }

        var missing = Missing(context, candidates);
        if (missing.Count == 0)
        {
            context.Trace("Honours: all {0} already granted.", candidates.Count.ToString(CultureInfo.InvariantCulture));
            return new GrantOutcome(0, false);
        }

        var more = missing.Count > maxCreates;
        missing = missing.Take(maxCreates).ToList();

        using (context.BeginEngineWrites())
        {
            foreach (var rule in missing.Select(c => c.RuleId).Distinct().OrderBy(id => id))
            {
                context.SystemService.Update(new Entity(HonourRuleColumns.EntityName, rule) { [HonourRuleColumns.LastGrantedOn] = context.Clock.UtcNow });
            }

            missing = Missing(context, missing);
            foreach (var honour in missing)
            {
                context.SystemService.Create(honour.Honour);
                context.Trace("Honour granted: rule {0}, period {1}, to {2}.", honour.RuleId.ToString("D"), honour.PeriodId.ToString("D"), honour.RecipientId.ToString("D"));
            }
        }

        return new GrantOutcome(missing.Count, more);
    }

    private static List<HonourCandidate> Missing(LocalPluginContext context, IReadOnlyList<HonourCandidate> candidates)
    {
        var query = new QueryExpression(RecognitionColumns.EntityName)
        {
            ColumnSet = new ColumnSet(RecognitionColumns.HonourRuleId, RecognitionColumns.PeriodId, RecognitionColumns.RecipientId),
        };
        query.Criteria.AddCondition(RecognitionColumns.Kind, ConditionOperator.Equal, (int)RecognitionKind.Honour);
        query.Criteria.AddCondition(RecognitionColumns.HonourRuleId, ConditionOperator.In, candidates.Select(c => (object)c.RuleId).Distinct().ToArray());
        query.Criteria.AddCondition(RecognitionColumns.PeriodId, ConditionOperator.In, candidates.Select(c => (object)c.PeriodId).Distinct().ToArray());
        var granted = Reviews.QueryPages.All(context.SystemService, query)
            .Select(row => new
            {
                Rule = row.GetAttributeValue<EntityReference>(RecognitionColumns.HonourRuleId)?.Id ?? Guid.Empty,
                Period = row.GetAttributeValue<EntityReference>(RecognitionColumns.PeriodId)?.Id ?? Guid.Empty,
                Recipient = row.GetAttributeValue<EntityReference>(RecognitionColumns.RecipientId)?.Id ?? Guid.Empty,
            })
            .ToList();
        return candidates.Where(c => !granted.Any(g => c.IsGrantedBy(g.Rule, g.Period, g.Recipient))).ToList();
    }

    /// <summary>The honour row: kind Honour, owned by and granted to the recipient, with the rule, the period and the bilingual reason.</summary>
    public static Entity Row(string ruleName, Guid ruleId, Guid periodId, Guid recipientId, string reason)
    {
        var recipient = new EntityReference(OwnerColumns.UserEntityName, recipientId);
        return new Entity(RecognitionColumns.EntityName)
        {
            [RecognitionColumns.Name] = ruleName.Length > 200 ? ruleName.Substring(0, 200) : ruleName,
            [RecognitionColumns.Kind] = new OptionSetValue((int)RecognitionKind.Honour),
            [RecognitionColumns.RecipientId] = recipient,
            [RecognitionColumns.OwnerId] = recipient,
            [RecognitionColumns.HonourRuleId] = new EntityReference(HonourRuleColumns.EntityName, ruleId),
            [RecognitionColumns.PeriodId] = new EntityReference(PeriodColumns.EntityName, periodId),
            [RecognitionColumns.Reason] = reason,
        };
    }
}
