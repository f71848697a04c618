using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Feedback;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Feedback;

/// <summary>One <c>spm_feedbackrequest</c> as it is, or will be after a write (immutable: <see cref="With"/> copies).</summary>
internal sealed class FeedbackRequestRow
{
    private readonly Entity values;

    private FeedbackRequestRow(Entity values) => this.values = values;

    public string Name => values.GetAttributeValue<string>(FeedbackRequestColumns.Name) is { Length: > 0 } name ? name : "-";

    public EntityReference? Review => values.GetAttributeValue<EntityReference>(FeedbackRequestColumns.ReviewId);

    public EntityReference? Owner => values.GetAttributeValue<EntityReference>(FeedbackRequestColumns.OwnerId);

    public FeedbackKind? Kind => values.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Kind) is { } kind ? (FeedbackKind)kind.Value : null;

    public EntityReference? RespondentUser => values.GetAttributeValue<EntityReference>(FeedbackRequestColumns.RespondentUserId);

    public EntityReference? RespondentContact => values.GetAttributeValue<EntityReference>(FeedbackRequestColumns.RespondentContactId);

    public FeedbackStatus Status => (FeedbackStatus)(values.GetAttributeValue<OptionSetValue>(FeedbackRequestColumns.Status)?.Value ?? (int)FeedbackStatus.Requested);

    public string? CaptureSource => values.GetAttributeValue<string>(FeedbackRequestColumns.CaptureSource);

    public int?[] Ratings => FeedbackRequestColumns.Ratings.Select(c => values.GetAttributeValue<int?>(c)).ToArray();

    /// <summary>The user or contact who answers.</summary>
    public Guid? Respondent => RespondentUser?.Id ?? RespondentContact?.Id;

    public static FeedbackRequestRow Of(Entity? row)
    {
        var copy = new Entity(FeedbackRequestColumns.EntityName);
        if (row is not null)
        {
            foreach (var column in row.Attributes)
            {
                copy[column.Key] = column.Value;
            }
        }

        return new FeedbackRequestRow(copy);
    }

    public FeedbackRequestRow With(Entity changes)
    {
        var merged = Of(values);
        foreach (var column in changes.Attributes)
        {
            merged.values[column.Key] = column.Value;
        }

        return merged;
    }

    /// <summary>True when <paramref name="target"/> carries <paramref name="column"/> with a value other than this row's.</summary>
    public bool Changes(Entity target, string column) =>
        target.Contains(column) && !Same(values.Contains(column) ? values[column] : null, target[column]);

    private static bool Same(object? a, object? b)
    {
        if (a is string text && text.Length == 0)
        {
            a = null;
        }

        if (b is string other && other.Length == 0)
        {
            b = null;
        }

        return a switch
        {
            EntityReference x => b is EntityReference y && x.Id == y.Id,
            OptionSetValue x => b is OptionSetValue y && x.Value == y.Value,
            _ => Equals(a, b),
        };
    }
}
