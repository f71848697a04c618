using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>The review a request belongs to: who is reviewed, by whom, for which period, in which status (one Retrieve).</summary>
internal sealed record FeedbackReview(Guid Id, string Name, Guid? Reviewee, Guid? Reviewer, Guid? Period, ReviewStatus Status)
{
    public bool IsClosed => Status is ReviewStatus.Completed or ReviewStatus.Acknowledged;

    public static FeedbackReview Read(IOrganizationService service, Guid reviewId)
    {
        var row = service.Retrieve(ReviewColumns.EntityName, reviewId,
            new ColumnSet(ReviewColumns.Name, ReviewColumns.OwnerId, ReviewColumns.ReviewerId, ReviewColumns.PeriodId, ReviewColumns.StatusCode));
        return new FeedbackReview(
            reviewId,
            row.GetAttributeValue<string>(ReviewColumns.Name) ?? "-",
            row.GetAttributeValue<EntityReference>(ReviewColumns.OwnerId)?.Id,
            row.GetAttributeValue<EntityReference>(ReviewColumns.ReviewerId)?.Id,
            row.GetAttributeValue<EntityReference>(ReviewColumns.PeriodId)?.Id,
            (ReviewStatus)(row.GetAttributeValue<OptionSetValue>(ReviewColumns.StatusCode)?.Value ?? (int)ReviewStatus.Draft));
    }
}
