using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// Refuses KPI configuration that would fail later, when a rep closes a deal: a code another KPI already uses
/// (SPM-KPI-001), a filter the engine cannot merge into the measure's query (SPM-KPI-002 to 004,
/// <see cref="KpiFilterCheck"/>), a funnel KPI without a known sales stage (SPM-KPI-100, 101, <see cref="KpiStageCheck"/>)
/// and a satisfaction KPI naming a survey table or column that is missing or of the wrong kind (SPM-KPI-160…166,
/// <see cref="KpiSurveyCheck"/>). Runs before the transaction, on Create and on every Update of the code, measure,
/// filter, sales stage or survey columns.
/// </summary>
[Step(CreateStepId, MessageNames.Create, KpiColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses a duplicate KPI code and a filter the engine cannot run.")]
[Step(UpdateStepId, MessageNames.Update, KpiColumns.EntityName, PipelineStage.PreValidation,
    Description = "Refuses a duplicate KPI code and a filter the engine cannot run.",
    FilteringAttributes = new[]
    {
        KpiDefinitionColumns.Code, KpiColumns.Measure, KpiDefinitionColumns.FilterXml, KpiStageColumns.SalesStage,
        KpiSurveyColumns.Table, KpiSurveyColumns.ScoreColumn, KpiSurveyColumns.DateColumn, KpiSurveyColumns.CustomerColumn,
    })]
[StepImage(UpdateStepId, ImageType.PreImage, PreImageName, KpiColumns.Name, KpiDefinitionColumns.Code, KpiColumns.Measure, KpiDefinitionColumns.FilterXml, KpiStageColumns.SalesStage,
    KpiSurveyColumns.Table, KpiSurveyColumns.ScoreColumn, KpiSurveyColumns.DateColumn, KpiSurveyColumns.CustomerColumn)]
public sealed class KpiValidationPlugin : PluginBase
{
    public const string CreateStepId = "5c0b7e52-8d1f-4f3a-9a57-3f1e2d6c8b41";
    public const string UpdateStepId = "a9e4d1c7-2b6f-4e80-b3d5-7c1f9e0a6d22";
    public const string PreImageName = "PreImage";

    // A validator never writes, so it cannot loop; skipping it on re-entry would let a nested write bypass the rules.
    protected override bool GuardsRecursion => false;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity;
        if (target is null)
        {
            context.Trace("No KPI in the Target; nothing to validate.");
            return;
        }

        var preImage = context.PreImage(PreImageName);
        var name = Merged<string>(target, preImage, KpiColumns.Name) ?? "-";
        if (target.Contains(KpiDefinitionColumns.Code))
        {
            RejectDuplicateCode(context, target.Id, name, target.GetAttributeValue<string>(KpiDefinitionColumns.Code));
        }

        var measure = Merged<OptionSetValue>(target, preImage, KpiColumns.Measure)?.Value;
        var surveyChanged = preImage is null || target.Contains(KpiColumns.Measure) || KpiSurveyColumns.All.Any(target.Contains);
        var survey = SurveySource.Of(
            Merged<string>(target, preImage, KpiSurveyColumns.Table),
            Merged<string>(target, preImage, KpiSurveyColumns.ScoreColumn),
            Merged<string>(target, preImage, KpiSurveyColumns.DateColumn),
            Merged<string>(target, preImage, KpiSurveyColumns.CustomerColumn));
        if (surveyChanged)
        {
            KpiSurveyCheck.Check(
                context, name, measure,
                Merged<string>(target, preImage, KpiSurveyColumns.Table),
                Merged<string>(target, preImage, KpiSurveyColumns.ScoreColumn),
                Merged<string>(target, preImage, KpiSurveyColumns.DateColumn),
                Merged<string>(target, preImage, KpiSurveyColumns.CustomerColumn));
        }

        if (preImage is null || target.Contains(KpiDefinitionColumns.FilterXml) || target.Contains(KpiColumns.Measure) || surveyChanged)
        {
            // A satisfaction KPI reading another table filters that table's rows.
            var table = measure == (int)Measure.CustomerSatisfaction && !survey.IsOwn
                ? survey.Table
                : MeasureCatalog.All.FirstOrDefault(d => (int?)d.Measure == measure)?.SourceTable;
            if (table is not null)
            {
                KpiFilterCheck.Check(context, name, table, Merged<string>(target, preImage, KpiDefinitionColumns.FilterXml));
            }
        }

        if (preImage is null || target.Contains(KpiColumns.Measure) || target.Contains(KpiStageColumns.SalesStage))
        {
            var stage = target.Contains(KpiStageColumns.SalesStage) ? target.GetAttributeValue<int?>(KpiStageColumns.SalesStage) : preImage?.GetAttributeValue<int?>(KpiStageColumns.SalesStage);
            KpiStageCheck.Check(context, name, measure, stage);
        }
    }

    private static void RejectDuplicateCode(LocalPluginContext context, Guid kpiId, string name, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        // Compared here, not by the query: whether the platform compares strings case-insensitively is not verified, and
        // "rev" must collide with "REV" either way. KPIs are configuration (tens of rows): one query, paged.
        var trimmed = code!.Trim();
        var query = new QueryExpression(KpiColumns.EntityName) { ColumnSet = new ColumnSet(KpiColumns.Name, KpiDefinitionColumns.Code) };
        query.Criteria.AddCondition(KpiDefinitionColumns.Code, ConditionOperator.NotNull);
        var other = QueryPages.All(context.SystemService, query).FirstOrDefault(row => row.Id != kpiId
            && string.Equals(row.GetAttributeValue<string>(KpiDefinitionColumns.Code)?.Trim(), trimmed, StringComparison.OrdinalIgnoreCase));
        if (other is not null)
        {
            throw context.BusinessError(KpiMessages.CodeNotUnique, name, trimmed, other.GetAttributeValue<string>(KpiColumns.Name) ?? "-");
        }
    }

    private static T? Merged<T>(Entity target, Entity? preImage, string column)
        where T : class =>
        target.Contains(column) ? target.GetAttributeValue<T>(column) : preImage?.GetAttributeValue<T>(column);
}
