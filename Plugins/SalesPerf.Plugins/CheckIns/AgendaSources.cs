using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Okrs;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.CheckIns;

/// <summary>
/// The live numbers a check-in's agenda is pre-filled from, one bounded query each (at most
/// <see cref="OkrBudget.MostItemsPerSource"/> rows): the owner's active targets marked Behind pace in a period running on
/// the meeting day; the person's Disputed commission statements; the person's open reviews awaiting the self assessment
/// or the manager's rating; the person's open development items due in or before the check-in's period. For a team
/// check-in the person is every member of the team (statements and reviews belong to people; a link to
/// <c>teammembership</c> in the same query), besides the team's own targets. Each item's text is stored in English and
/// Chinese, as statement traces are.
/// </summary>
internal static class AgendaSources
{
    private const int StatementDisputed = 100000001;
    private const int ReviewSelfAssessment = 100000000;
    private const int ReviewManagerReview = 100000001;
    private const int PaceBehind = 100000001;
    private const int ItemNotStarted = 100000000;
    private const int ItemInProgress = 100000001;

    public static IEnumerable<Entity> BehindPaceTargets(IOrganizationService service, EntityReference owner, DateTime meetingDate)
    {
        var query = new QueryExpression(TargetColumns.EntityName)
        {
            ColumnSet = new ColumnSet(TargetColumns.Name, TargetColumns.AttainmentPercent),
            TopCount = OkrBudget.MostItemsPerSource,
        };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.Criteria.AddCondition("ownerid", ConditionOperator.Equal, owner.Id);
        query.Criteria.AddCondition(TargetColumns.PaceStatus, ConditionOperator.Equal, PaceBehind);
        var period = query.AddLink(PeriodColumns.EntityName, TargetColumns.PeriodId, PeriodColumns.Id);
        period.LinkCriteria.AddCondition(PeriodColumns.StartDate, ConditionOperator.OnOrBefore, meetingDate.Date);
        period.LinkCriteria.AddCondition(PeriodColumns.EndDate, ConditionOperator.OnOrAfter, meetingDate.Date);
        query.AddOrder(TargetColumns.AttainmentPercent, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(target => Item(
            CheckInItemColumns.SourceBehindPaceTarget,
            CheckInItemColumns.TargetId,
            target.ToEntityReference(),
            Percent(target) is string percent
                ? string.Format(CultureInfo.InvariantCulture, "Behind pace: '{0}' at {1} % · 落后进度：“{0}”，达成率 {1} %", Name(target, TargetColumns.Name), percent)
                : string.Format(CultureInfo.InvariantCulture, "Behind pace: '{0}' · 落后进度：“{0}”", Name(target, TargetColumns.Name))));
    }

    public static IEnumerable<Entity> DisputedStatements(IOrganizationService service, AgendaPeople people)
    {
        var query = new QueryExpression(CommissionStatementColumns.EntityName) { ColumnSet = new ColumnSet("spm_name"), TopCount = OkrBudget.MostItemsPerSource };
        people.Restrict(query, CommissionStatementColumns.OwnerId);
        query.Criteria.AddCondition(CommissionStatementColumns.StatusCode, ConditionOperator.Equal, StatementDisputed);
        query.AddOrder("spm_name", OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(statement => Item(
            CheckInItemColumns.SourceDisputedStatement,
            CheckInItemColumns.StatementId,
            statement.ToEntityReference(),
            string.Format(CultureInfo.InvariantCulture, "Open dispute: statement '{0}' · 未决争议：佣金结算单“{0}”", Name(statement, "spm_name"))));
    }

    public static IEnumerable<Entity> OpenReviews(IOrganizationService service, AgendaPeople people)
    {
        var query = new QueryExpression(ReviewColumns.EntityName) { ColumnSet = new ColumnSet(ReviewColumns.Name, ReviewColumns.StatusCode), TopCount = OkrBudget.MostItemsPerSource };
        people.Restrict(query, ReviewColumns.OwnerId);
        query.Criteria.AddCondition(ReviewColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(ReviewColumns.StatusCode, ConditionOperator.In, ReviewSelfAssessment, ReviewManagerReview);
        query.AddOrder(ReviewColumns.Name, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(review => Item(
            CheckInItemColumns.SourceReviewAction,
            CheckInItemColumns.ReviewId,
            review.ToEntityReference(),
            review.GetAttributeValue<OptionSetValue>(ReviewColumns.StatusCode)?.Value == ReviewSelfAssessment
                ? string.Format(CultureInfo.InvariantCulture, "Review '{0}': self assessment awaited · 绩效评估“{0}”：待自评", Name(review, ReviewColumns.Name))
                : string.Format(CultureInfo.InvariantCulture, "Review '{0}': manager rating awaited · 绩效评估“{0}”：待经理评分", Name(review, ReviewColumns.Name))));
    }

    /// <summary>
    /// The person's development items not Completed or Cancelled (Not started, In progress), active, due on or before the
    /// last day of the check-in's period (overdue ones included, earliest first); items without a due date are not "due"
    /// and are left out. The person is the owner of the item's plan.
    /// </summary>
    public static IEnumerable<Entity> OpenDevelopmentItems(IOrganizationService service, Guid person, DateTime lastDay)
    {
        var query = new QueryExpression(DevelopmentColumns.ItemEntityName)
        {
            ColumnSet = new ColumnSet(DevelopmentColumns.Name, DevelopmentColumns.DueDate),
            TopCount = OkrBudget.MostItemsPerSource,
        };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(DevelopmentColumns.ItemStatus, ConditionOperator.In, ItemNotStarted, ItemInProgress);
        query.Criteria.AddCondition(DevelopmentColumns.DueDate, ConditionOperator.OnOrBefore, lastDay.Date);
        var plan = query.AddLink(DevelopmentColumns.PlanEntityName, DevelopmentColumns.PlanId, DevelopmentColumns.PlanId);
        plan.LinkCriteria.AddCondition(DevelopmentColumns.OwnerId, ConditionOperator.Equal, person);
        query.AddOrder(DevelopmentColumns.DueDate, OrderType.Ascending);
        query.AddOrder(DevelopmentColumns.Name, OrderType.Ascending);
        return service.RetrieveMultiple(query).Entities.Select(item => Item(
            CheckInItemColumns.SourceDevelopmentItem,
            CheckInItemColumns.DevelopmentItemId,
            item.ToEntityReference(),
            string.Format(
                CultureInfo.InvariantCulture,
                "Development: '{0}' due {1:yyyy-MM-dd} · 个人发展：“{0}”，截止 {1:yyyy-MM-dd}",
                Name(item, DevelopmentColumns.Name),
                item.GetAttributeValue<DateTime>(DevelopmentColumns.DueDate))));
    }

    private static Entity Item(int source, string lookup, EntityReference record, string text) => new(CheckInItemColumns.EntityName)
    {
        [CheckInItemColumns.Name] = text.Length > 400 ? text.Substring(0, 400) : text,
        [CheckInItemColumns.Kind] = new OptionSetValue(SalesPerf.Domain.Okrs.CheckInRules.AgendaItem),
        [CheckInItemColumns.Source] = new OptionSetValue(source),
        [lookup] = new EntityReference(record.LogicalName, record.Id),
    };

    private static string Name(Entity row, string column) => row.GetAttributeValue<string>(column) ?? "-";

    private static string? Percent(Entity target) =>
        target.GetAttributeValue<decimal?>(TargetColumns.AttainmentPercent) is decimal value
            ? Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)
            : null;
}
