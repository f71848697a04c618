using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Reviews;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// A new review starts as Draft (SPM-REV-008), without computed columns unless the engine creates it (SPM-CMP-001),
/// and with none of the columns that belong to later steps (SPM-REV-007); the quantitative weight is 0–100
/// (SPM-REV-005). Who may create reviews at all is the create privilege's business.
/// </summary>
internal static class ReviewCreateRules
{
    public static IReadOnlyList<RuleViolation> Check(Entity target, bool engineWrite)
    {
        var violations = new List<RuleViolation>();
        var written = target.Attributes.Where(a => a.Value is not null).Select(a => a.Key).OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (!engineWrite)
        {
            violations.AddRange(written
                .Where(c => ReviewColumns.EngineOnlyColumns.Contains(c, StringComparer.Ordinal))
                .Select(c => RuleViolation.Of(MessageCodes.ComputedColumn, ReviewColumns.EntityName, c)));
        }

        var status = ReviewStatusRequest.FromTarget(target, ReviewStatus.Draft);
        if (status.HasValue && status.Value != ReviewStatus.Draft)
        {
            violations.Add(RuleViolation.Of(MessageCodes.ReviewNotCreatedAsDraft, status.Value));
        }

        foreach (var column in written)
        {
            var field = ReviewChangeRules.FieldOf(column);
            if (field.HasValue && field.Value != ReviewField.QuantitativeWeight)
            {
                violations.Add(RuleViolation.Of(ReviewRuleCodes.FieldNotEditableInStatus, column, ReviewStatus.Draft));
            }
        }

        var weight = target.GetAttributeValue<decimal?>(ReviewColumns.QuantitativeWeight);
        if (weight.HasValue && (weight.Value < 0m || weight.Value > 100m))
        {
            violations.Add(RuleViolation.Of(ReviewRuleCodes.WeightOutOfRange, weight.Value));
        }

        return violations;
    }
}
