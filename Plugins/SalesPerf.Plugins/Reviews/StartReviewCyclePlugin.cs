using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// <c>spm_StartReviewCycle</c>: creates the Draft review of everyone with an active scorecard in the period, once.
/// With <c>Manager</c>, only that manager's direct reports; without, the scorecards owned in the caller's business
/// unit. The scorecards are read through the caller's service (their read access trims the list); existing reviews
/// through SYSTEM (a review the caller cannot see still exists); the new reviews are created as SYSTEM, each with its
/// reviewee (owner), reviewer (the reviewee's manager), period, scorecard and name, so the Create step adds no query.
/// Running it again creates only reviews still missing: <c>Created</c> = 0 when none is.
/// </summary>
[CustomApi(UniqueName, DisplayName = "Start review cycle",
    Description = "Creates the Draft performance reviews of a period for everyone with an active scorecard (or a manager's direct reports); idempotent.",
    ChineseDisplayName = "启动评估周期",
    ChineseDescription = "为周期内拥有活动计分卡的所有人（或某位经理的直接下属）创建草稿绩效评估；可重复调用。",
    ExecutePrivilegeName = "prvCreatespm_review")]
[CustomApiRequestParameter(PeriodParameter, CustomApiParameterType.EntityReference, LogicalEntityName = PeriodColumns.EntityName,
    Description = "The period reviewed.",
    DisplayName = "Period", ChineseDisplayName = "周期",
    ChineseDescription = "被评估的周期。")]
[CustomApiRequestParameter(ManagerParameter, CustomApiParameterType.EntityReference, IsOptional = true, LogicalEntityName = OwnerColumns.UserEntityName,
    Description = "Only this manager's direct reports; otherwise everyone in the caller's business unit.",
    DisplayName = "Manager", ChineseDisplayName = "经理",
    ChineseDescription = "仅该经理的直接下属；否则为调用者所在业务部门的所有人。")]
[CustomApiResponseProperty(CreatedProperty, CustomApiParameterType.Integer, Description = "Reviews created by this call.",
    DisplayName = "Created", ChineseDisplayName = "已创建",
    ChineseDescription = "本次调用创建的评估数。")]
public sealed class StartReviewCyclePlugin : PluginBase
{
    public const string UniqueName = "spm_StartReviewCycle";
    public const string PeriodParameter = "Period";
    public const string ManagerParameter = "Manager";
    public const string CreatedProperty = "Created";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var input = context.Context.InputParameters;
        var period = (EntityReference)input[PeriodParameter];
        var manager = input.TryGetValue(ManagerParameter, out var value) ? value as EntityReference : null;

        var candidates = ReviewCycleQueries.Candidates(context.UserService, period.Id, manager?.Id, context.Context.BusinessUnitId);
        var created = 0;
        if (candidates.Count > 0)
        {
            var reviewed = ReviewCycleQueries.Reviewed(context.SystemService, period.Id, candidates.Select(c => c.Reviewee.Id).Distinct().ToList());
            foreach (var candidate in candidates.Where(c => !reviewed.Contains(c.Reviewee.Id)))
            {
                context.SystemService.Create(NewReview(candidate, period));
                reviewed.Add(candidate.Reviewee.Id);
                created++;
            }
        }

        context.Trace("{0} scorecard(s) in scope, {1} review(s) created.", candidates.Count, created);
        context.Context.OutputParameters[CreatedProperty] = created;
    }

    private static Entity NewReview(ReviewCycleCandidate candidate, EntityReference period)
    {
        var review = new Entity(ReviewColumns.EntityName)
        {
            [ReviewColumns.Name] = ReviewDefaults.Compose(candidate.RevieweeName, candidate.PeriodName),
            [ReviewColumns.OwnerId] = candidate.Reviewee,
            [ReviewColumns.PeriodId] = new EntityReference(PeriodColumns.EntityName, period.Id),
            [ReviewColumns.ScorecardId] = candidate.Scorecard,
            [ReviewColumns.QuantitativeWeight] = ReviewColumns.DefaultQuantitativeWeight,
        };
        if (candidate.Manager is not null)
        {
            review[ReviewColumns.ReviewerId] = candidate.Manager;
        }

        return review;
    }
}
