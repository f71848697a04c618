using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// Grants "first to reach X % of a KPI in a period type" in the transaction whose engine write moved a target's
/// attainment across X (a synchronous step on the engine's Update of <c>spm_attainmentpercent</c>): the first active,
/// user-owned target of that KPI and a period of that type to cross wins, once per rule and period
/// (<see cref="HonourGrants"/>). Calls: none when the attainment did not rise above its old value and above 0; one query (the active first-to-reach
/// rules of the target's KPI whose threshold lies in (before, after]) when no rule is crossed; when one is, the period
/// (one Retrieve) and the grant (3 + rules + honours). The rules read are bounded by the active rules of that KPI,
/// never by the number of targets, people or deals.
/// </summary>
[Step(StepId, MessageNames.Update, TargetColumns.EntityName, PipelineStage.PostOperation,
    Description = "Grants first-to-reach honours when a target's attainment crosses a rule's threshold.",
    FilteringAttributes = new[] { TargetColumns.AttainmentPercent })]
[StepImage(StepId, ImageType.PreImage, PreImageName,
    TargetColumns.Name, TargetColumns.AttainmentPercent, TargetColumns.KpiId, TargetColumns.PeriodId, ScorecardColumns.OwnerId, ScorecardColumns.StateCode)]
[StepImage(StepId, ImageType.PostImage, PostImageName, TargetColumns.AttainmentPercent)]
public sealed class FirstToReachHonourPlugin : PluginBase
{
    public const string StepId = "13021b2a-3f14-4a59-a768-d3bcc931b4d3";
    public const string PreImageName = "PreImage";
    public const string PostImageName = "PostImage";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var pre = context.PreImage(PreImageName);
        var post = context.PostImage(PostImageName);
        var before = pre?.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent);
        var after = post?.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent);
        var owner = pre?.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId);
        var kpi = pre?.GetAttributeValue<EntityReference>(TargetColumns.KpiId);
        var period = pre?.GetAttributeValue<EntityReference>(TargetColumns.PeriodId);
        // Thresholds are above 0 (SPM-RCG-002): an attainment of 0 or less, or one that did not rise, crosses none.
        if (after is null || after <= 0m || (before is not null && after <= before))
        {
            return;
        }

        if (owner?.LogicalName != OwnerColumns.UserEntityName || kpi is null || period is null
            || (pre!.GetAttributeValue<OptionSetValue>(ScorecardColumns.StateCode)?.Value ?? 0) != 0)
        {
            context.Trace("Attainment rose, but the target is inactive, team-owned or has no KPI or period: no honour.");
            return;
        }

        var rules = CrossedRules(context, kpi, before, after.Value);
        if (rules.Count == 0)
        {
            return;
        }

        var periodRow = context.SystemService.Retrieve(PeriodColumns.EntityName, period.Id, new ColumnSet(PeriodColumns.Name, PeriodColumns.PeriodType));
        var periodType = periodRow.GetAttributeValue<OptionSetValue>(PeriodColumns.PeriodType)?.Value;
        var periodName = periodRow.GetAttributeValue<string>(PeriodColumns.Name) ?? "-";
        var targetName = pre.GetAttributeValue<string>(TargetColumns.Name) ?? "-";
        var candidates = rules
            .Where(rule => rule.GetAttributeValue<OptionSetValue>(HonourRuleColumns.PeriodType)?.Value == periodType)
            .OrderBy(rule => rule.Id)
            .Select(rule =>
            {
                var name = rule.GetAttributeValue<string>(HonourRuleColumns.Name) ?? "-";
                var threshold = rule.GetAttributeValue<decimal?>(HonourRuleColumns.ThresholdPercent) ?? 0m;
                var reason = HonourReason.FirstToReach(name, threshold, periodName, after.Value, targetName);
                var row = HonourGrants.Row(name, rule.Id, period.Id, owner.Id, HonourReason.Stored(reason));
                row[RecognitionColumns.KpiId] = kpi;
                row[RecognitionColumns.TargetId] = new EntityReference(TargetColumns.EntityName, context.Context.PrimaryEntityId);
                return new HonourCandidate(rule.Id, period.Id, owner.Id, OneWinner: true, row);
            })
            .ToList();
        context.Trace(
            "Attainment {0} → {1}: {2} rule(s) crossed, {3} of the period's type.",
            before?.ToString(CultureInfo.InvariantCulture) ?? "none", after.Value.ToString(CultureInfo.InvariantCulture),
            rules.Count.ToString(CultureInfo.InvariantCulture), candidates.Count.ToString(CultureInfo.InvariantCulture));
        HonourGrants.GrantMissing(context, candidates);
    }

    /// <summary>One query: the active first-to-reach rules of the KPI whose threshold lies in (before, after].</summary>
    private static System.Collections.Generic.List<Entity> CrossedRules(LocalPluginContext context, EntityReference kpi, decimal? before, decimal after)
    {
        var query = new QueryExpression(HonourRuleColumns.EntityName)
        {
            ColumnSet = new ColumnSet(HonourRuleColumns.Name, HonourRuleColumns.PeriodType, HonourRuleColumns.ThresholdPercent),
        };
        query.Criteria.AddCondition(HonourRuleColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(HonourRuleColumns.Kind, ConditionOperator.Equal, (int)HonourKind.FirstToReach);
        query.Criteria.AddCondition(HonourRuleColumns.KpiId, ConditionOperator.Equal, kpi.Id);
        query.Criteria.AddCondition(HonourRuleColumns.ThresholdPercent, ConditionOperator.LessEqual, after);
        if (before is not null)
        {
            query.Criteria.AddCondition(HonourRuleColumns.ThresholdPercent, ConditionOperator.GreaterThan, before.Value);
        }

        return context.SystemService.RetrieveMultiple(query).Entities
            .Where(rule => HonourCrossing.Crosses(rule.GetAttributeValue<decimal?>(HonourRuleColumns.ThresholdPercent) ?? 0m, before, after))
            .ToList();
    }
}
