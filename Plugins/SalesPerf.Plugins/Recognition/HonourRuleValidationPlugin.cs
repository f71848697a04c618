using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Periods;
using SalesPerf.Domain.Recognition;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Recognition;

/// <summary>
/// Refuses an honour rule that could not be applied inside a rep's win (SPM-RCG-001…004: kind or period type missing,
/// threshold ≤ 0 or above 1000 %, unknown KPI, N outside 1–50), all broken rules in one message, when it is saved, so a
/// misconfigured rule never reaches a deal. Also keeps <c>spm_lastgrantedon</c> to the engine (SPM-CMP-001). One query
/// (the KPI exists) only when a first-to-reach rule's KPI is set or changed.
/// </summary>
[Step(CreateStepId, MessageNames.Create, HonourRuleColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses an honour rule with a missing kind or period type, a bad threshold, an unknown KPI or a bad top N.")]
[Step(UpdateStepId, MessageNames.Update, HonourRuleColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses an honour rule change to a missing kind or period type, a bad threshold, an unknown KPI or a bad top N.",
    FilteringAttributes = new[]
    {
        HonourRuleColumns.Kind, HonourRuleColumns.PeriodType, HonourRuleColumns.KpiId, HonourRuleColumns.ThresholdPercent,
        HonourRuleColumns.TopN, HonourRuleColumns.LastGrantedOn,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName,
    HonourRuleColumns.Name, HonourRuleColumns.Kind, HonourRuleColumns.PeriodType, HonourRuleColumns.KpiId,
    HonourRuleColumns.ThresholdPercent, HonourRuleColumns.TopN)]
public sealed class HonourRuleValidationPlugin : PluginBase
{
    public const string CreateStepId = "018b9a14-eff1-4862-94a9-6fb031c7d96b";
    public const string UpdateStepId = "82017b10-7da6-46bf-bec9-dfffa414ecfa";
    public const string PreImageName = "PreImage";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            return;
        }

        var pre = context.PreImage(PreImageName);
        var name = Merged<string>(target, pre, HonourRuleColumns.Name) ?? "-";
        if (target.Contains(HonourRuleColumns.LastGrantedOn) && !context.IsEngineWrite)
        {
            throw context.BusinessError(BusinessMessages.ComputedColumn, name, HonourRuleColumns.EntityName, HonourRuleColumns.LastGrantedOn);
        }

        if (pre is not null && !TermsWritten(target))
        {
            return;
        }

        var kind = (HonourKind?)Merged<OptionSetValue>(target, pre, HonourRuleColumns.Kind)?.Value;
        var periodType = (PeriodType?)Merged<OptionSetValue>(target, pre, HonourRuleColumns.PeriodType)?.Value;
        var kpi = Merged<EntityReference>(target, pre, HonourRuleColumns.KpiId);
        var threshold = target.Contains(HonourRuleColumns.ThresholdPercent)
            ? target.GetAttributeValue<decimal?>(HonourRuleColumns.ThresholdPercent)
            : pre?.GetAttributeValue<decimal?>(HonourRuleColumns.ThresholdPercent);
        var topN = target.Contains(HonourRuleColumns.TopN)
            ? target.GetAttributeValue<int?>(HonourRuleColumns.TopN)
            : pre?.GetAttributeValue<int?>(HonourRuleColumns.TopN);
        var hasKpi = kpi is not null && (kind != HonourKind.FirstToReach || KpiExists(context, kpi.Id));
        var terms = new HonourRuleTerms(kind, periodType, hasKpi, threshold, topN);
        var violations = terms.Validate(HonourRuleColumns.Kind, HonourRuleColumns.PeriodType, kpi?.Id.ToString("D") ?? "none");
        if (violations.Count > 0)
        {
            throw context.RuleError(name, violations);
        }
    }

    private static bool TermsWritten(Entity target) =>
        target.Contains(HonourRuleColumns.Kind) || target.Contains(HonourRuleColumns.PeriodType) || target.Contains(HonourRuleColumns.KpiId)
        || target.Contains(HonourRuleColumns.ThresholdPercent) || target.Contains(HonourRuleColumns.TopN);

    /// <summary>A query, not a Retrieve: a missing row must be a business message, not a platform fault.</summary>
    private static bool KpiExists(LocalPluginContext context, Guid kpiId)
    {
        var query = new QueryExpression(KpiColumns.EntityName) { ColumnSet = new ColumnSet(KpiColumns.Name), TopCount = 1 };
        query.Criteria.AddCondition(KpiColumns.Id, ConditionOperator.Equal, kpiId);
        return context.SystemService.RetrieveMultiple(query).Entities.Count > 0;
    }

    private static T? Merged<T>(Entity target, Entity? preImage, string column)
        where T : class =>
        target.Contains(column) ? target.GetAttributeValue<T>(column) : preImage?.GetAttributeValue<T>(column);
}
