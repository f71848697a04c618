using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Development;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Development;

/// <summary>
/// <c>spm_ProposeDevelopmentItems</c>: adds to the reviewee's development plan of the review's period (created when
/// missing) one item per weak score of the review (<see cref="DevelopmentProposal"/>: competencies rated 3 or lower, at
/// most 2; scorecard targets below 100 %, at most 2). The review is read through the caller (who must be able to read
/// it); plan and items are written as SYSTEM. Idempotent: an item already proposed for the same score of the same
/// review (its <c>spm_proposalkey</c>) is not proposed again, so a second call returns <c>Created</c> = 0.
/// </summary>
[CustomApi(UniqueName, DisplayName = "Propose development items",
    Description = "Adds development plan items for a review's weakest scores (competencies rated 3 or lower, KPI targets below 100 %); idempotent.",
    ChineseDisplayName = "建议发展事项",
    ChineseDescription = "根据评估中最薄弱的得分（评分 3 分及以下的能力项、达成率低于 100% 的 KPI 目标）添加发展计划事项；可重复调用。",
    ExecutePrivilegeName = "prvCreatespm_developmentitem")]
[CustomApiRequestParameter(ReviewParameter, CustomApiParameterType.EntityReference, LogicalEntityName = ReviewColumns.EntityName,
    Description = "The review whose weak scores the items address.",
    DisplayName = "Review", ChineseDisplayName = "绩效评估",
    ChineseDescription = "事项所针对其薄弱得分的绩效评估。")]
[CustomApiResponseProperty(CreatedProperty, CustomApiParameterType.Integer, Description = "Items created by this call.",
    DisplayName = "Created", ChineseDisplayName = "已创建",
    ChineseDescription = "本次调用创建的事项数。")]
[CustomApiResponseProperty(PlanProperty, CustomApiParameterType.EntityReference, Description = "The development plan the items are in.",
    DisplayName = "Plan", ChineseDisplayName = "发展计划",
    ChineseDescription = "事项所在的发展计划。")]
public sealed class ProposeDevelopmentItemsPlugin : PluginBase
{
    public const string UniqueName = "spm_ProposeDevelopmentItems";
    public const string ReviewParameter = "Review";
    public const string CreatedProperty = "Created";
    public const string PlanProperty = "Plan";

    /// <summary>Days from today to a proposed item's due date.</summary>
    public const int DueInDays = 90;

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var reviewRef = (EntityReference)context.Context.InputParameters[ReviewParameter];
        var review = context.UserService.Retrieve(ReviewColumns.EntityName, reviewRef.Id, new ColumnSet(
            ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.PeriodId, ReviewColumns.ScorecardId, ReviewColumns.TeamworkRating,
            ReviewColumns.GrowthRating, ReviewColumns.CustomerFocusRating, ReviewColumns.AttitudeRating));
        var owner = review.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId);
        var period = review.GetAttributeValue<EntityReference>(ReviewColumns.PeriodId);
        var plan = DevelopmentPlans.Find(context.SystemService, owner.Id, period.Id, Guid.Empty)?.ToEntityReference()
            ?? NewPlan(context, review, owner, period);
        var proposed = AlreadyProposed(context.SystemService, plan.Id, reviewRef.Id);
        var chosen = DevelopmentProposal.Choose(CompetencyScores(review), KpiScores(context.SystemService, review), proposed);
        var due = context.Clock.UtcToday.AddDays(DueInDays);
        foreach (var score in chosen)
        {
            var item = new Entity(DevelopmentColumns.ItemEntityName)
            {
                [DevelopmentColumns.Name] = score.Label,
                [DevelopmentColumns.PlanId] = plan,
                [DevelopmentColumns.ReviewId] = reviewRef,
                [DevelopmentColumns.ItemType] = new OptionSetValue(score.IsCompetency ? DevelopmentColumns.ItemTypeTraining : DevelopmentColumns.ItemTypeGoal),
                [DevelopmentColumns.ActivityKind] = new OptionSetValue(score.IsCompetency ? DevelopmentColumns.KindInternal : DevelopmentColumns.KindOnTheJob),
                [DevelopmentColumns.DueDate] = due,
                [DevelopmentColumns.ProposalKey] = score.Key,
            };
            if (score.Competency.HasValue)
            {
                item[DevelopmentColumns.Competency] = new OptionSetValue(score.Competency.Value);
            }

            if (score.Kpi.HasValue)
            {
                item[DevelopmentColumns.KpiId] = new EntityReference(KpiColumns.EntityName, score.Kpi.Value);
            }

            using (context.BeginEngineWrites())
            {
                context.SystemService.Create(item);
            }
        }

        context.Trace("Review {0:D}: {1} development item(s) proposed, {2} already there.", reviewRef.Id, chosen.Count, proposed.Count);
        context.Output(CreatedProperty, chosen.Count);
        context.Output(PlanProperty, plan);
    }

    private static EntityReference NewPlan(LocalPluginContext context, Entity review, EntityReference owner, EntityReference period)
    {
        var id = context.SystemService.Create(new Entity(DevelopmentColumns.PlanEntityName)
        {
            [DevelopmentColumns.Name] = "Development: " + (review.GetAttributeValue<string>(ReviewColumns.Name) ?? "-"),
            [DevelopmentColumns.OwnerId] = owner,
            [DevelopmentColumns.PeriodId] = period,
            [DevelopmentColumns.ReviewId] = review.ToEntityReference(),
        });
        return new EntityReference(DevelopmentColumns.PlanEntityName, id);
    }

    private static ISet<string> AlreadyProposed(IOrganizationService service, Guid plan, Guid review)
    {
        var query = new QueryExpression(DevelopmentColumns.ItemEntityName)
        {
            ColumnSet = new ColumnSet(DevelopmentColumns.ProposalKey),
            TopCount = DevelopmentColumns.MaxItemsPerPlan,
        };
        query.Criteria.AddCondition(DevelopmentColumns.PlanId, ConditionOperator.Equal, plan);
        query.Criteria.AddCondition(DevelopmentColumns.ReviewId, ConditionOperator.Equal, review);
        return new HashSet<string>(
            service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>(DevelopmentColumns.ProposalKey)).Where(k => k is not null),
            StringComparer.Ordinal);
    }

    private static IReadOnlyList<WeakScore> CompetencyScores(Entity review)
    {
        var scores = new List<WeakScore>();
        Add(scores, review, ReviewColumns.TeamworkRating, 100000000, "Teamwork");
        Add(scores, review, ReviewColumns.GrowthRating, 100000001, "Growth");
        Add(scores, review, ReviewColumns.CustomerFocusRating, 100000002, "Customer focus");
        Add(scores, review, ReviewColumns.AttitudeRating, 100000003, "Attitude");
        return scores;
    }

    private static void Add(List<WeakScore> scores, Entity review, string column, int competency, string label)
    {
        var rating = review.GetAttributeValue<int?>(column);
        if (rating.HasValue)
        {
            scores.Add(new WeakScore("competency:" + competency.ToString(CultureInfo.InvariantCulture),
                label + ": rated " + rating.Value.ToString(CultureInfo.InvariantCulture) + " of 5", rating.Value, true, competency, null));
        }
    }

    /// <summary>The active targets of the review's scorecard with an attainment (one query, at most 50 rows).</summary>
    private static IReadOnlyList<WeakScore> KpiScores(IOrganizationService service, Entity review)
    {
        var scorecard = review.GetAttributeValue<EntityReference>(ReviewColumns.ScorecardId);
        if (scorecard is null)
        {
            return Array.Empty<WeakScore>();
        }

        var query = new QueryExpression(TargetColumns.EntityName)
        {
            ColumnSet = new ColumnSet(TargetColumns.Name, TargetColumns.KpiId, TargetColumns.AttainmentPercent),
            TopCount = 50,
        };
        query.Criteria.AddCondition(TargetColumns.ScorecardId, ConditionOperator.Equal, scorecard.Id);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        return service.RetrieveMultiple(query).Entities
            .Where(t => t.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent).HasValue && t.GetAttributeValue<EntityReference>(TargetColumns.KpiId) is not null)
            .Select(t =>
            {
                var attainment = t.GetAttributeValue<decimal>(TargetColumns.AttainmentPercent);
                var kpi = t.GetAttributeValue<EntityReference>(TargetColumns.KpiId).Id;
                return new WeakScore("kpi:" + kpi.ToString("D"),
                    (t.GetAttributeValue<string>(TargetColumns.Name) ?? "-") + ": " + attainment.ToString("0.##", CultureInfo.InvariantCulture) + " % attained",
                    attainment, false, null, kpi);
            })
            .ToList();
    }
}
