using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// Completes a new review's Target before it is stored: the reviewer defaults to the reviewee's manager
/// (<c>systemuser.parentsystemuserid</c>), the scorecard to the reviewee's active scorecard of the period, the weight
/// to 70, the name to "reviewee – period". Each read happens only when a column is missing, so a review created
/// complete (as <c>spm_StartReviewCycle</c> does) costs no query.
/// </summary>
internal static class ReviewDefaults
{
    public const string ManagerColumn = "parentsystemuserid";
    private const string NameSeparator = " – ";

    public static void Apply(LocalPluginContext context, Entity target)
    {
        var owner = target.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId)
            ?? new EntityReference(OwnerColumns.UserEntityName, context.Context.UserId);
        var period = target.GetAttributeValue<EntityReference>(ReviewColumns.PeriodId);
        var needsReviewer = target.GetAttributeValue<EntityReference>(ReviewColumns.ReviewerId) is null
            && owner.LogicalName == OwnerColumns.UserEntityName;
        var needsName = string.IsNullOrWhiteSpace(target.GetAttributeValue<string>(ReviewColumns.Name));

        if (needsReviewer || needsName)
        {
            var person = ReadOwner(context.SystemService, owner, needsReviewer);
            var manager = person.GetAttributeValue<EntityReference>(ManagerColumn);
            if (needsReviewer && manager is not null)
            {
                target[ReviewColumns.ReviewerId] = new EntityReference(OwnerColumns.UserEntityName, manager.Id);
                context.Trace("Reviewer defaulted to the reviewee's manager.");
            }

            if (needsName)
            {
                target[ReviewColumns.Name] = NameOf(context.SystemService, person, owner, period);
            }
        }

        if (target.GetAttributeValue<EntityReference>(ReviewColumns.ScorecardId) is null && period is not null)
        {
            var scorecard = ReviewScorecards.FindActive(context.SystemService, owner, period);
            if (scorecard is not null)
            {
                target[ReviewColumns.ScorecardId] = scorecard.Scorecard;
                context.Trace("Linked the reviewee's active scorecard of the period.");
            }
        }

        if (!target.Contains(ReviewColumns.QuantitativeWeight) || target[ReviewColumns.QuantitativeWeight] is null)
        {
            target[ReviewColumns.QuantitativeWeight] = ReviewColumns.DefaultQuantitativeWeight;
        }
    }

    /// <summary>"Alice Wang – FY2026 Q1": the reviewee's name and the period's (either left out when unknown).</summary>
    public static string Compose(string? ownerName, string? periodName)
    {
        var owner = string.IsNullOrWhiteSpace(ownerName) ? null : ownerName!.Trim();
        var period = string.IsNullOrWhiteSpace(periodName) ? null : periodName!.Trim();
        return owner is not null && period is not null ? owner + NameSeparator + period : owner ?? period ?? "-";
    }

    private static Entity ReadOwner(IOrganizationService service, EntityReference owner, bool withManager)
    {
        if (owner.LogicalName == OwnerColumns.TeamEntityName)
        {
            return service.Retrieve(OwnerColumns.TeamEntityName, owner.Id, new ColumnSet(OwnerColumns.TeamName));
        }

        var columns = withManager ? new ColumnSet(OwnerColumns.UserFullName, ManagerColumn) : new ColumnSet(OwnerColumns.UserFullName);
        return service.Retrieve(OwnerColumns.UserEntityName, owner.Id, columns);
    }

    private static string NameOf(IOrganizationService service, Entity person, EntityReference owner, EntityReference? period)
    {
        var ownerName = owner.LogicalName == OwnerColumns.TeamEntityName
            ? person.GetAttributeValue<string>(OwnerColumns.TeamName)
            : person.GetAttributeValue<string>(OwnerColumns.UserFullName);
        var periodName = period is null
            ? null
            : service.Retrieve(PeriodColumns.EntityName, period.Id, new ColumnSet(PeriodColumns.Name)).GetAttributeValue<string>(PeriodColumns.Name);
        return Compose(ownerName, periodName);
    }
}
