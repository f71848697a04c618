using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Reviews;

/// <summary>
/// The columns an Update really changes: a column sent with the value the pre-image already holds is no change
/// (filtering attributes fire on presence, not on change; semantics doc 1.7). Columns outside the image's columns
/// always count as changed.
/// </summary>
internal static class ReviewChanges
{
    public static Entity Of(Entity target, Entity? preImage, System.Collections.Generic.IReadOnlyCollection<string> imageColumns)
    {
        var changes = new Entity(target.LogicalName, target.Id);
        foreach (var column in target.Attributes)
        {
            var known = imageColumns.Contains(column.Key, StringComparer.Ordinal);
            var stored = preImage is not null && preImage.Contains(column.Key) ? preImage[column.Key] : null;
            if (!known || preImage is null || !SameValue(column.Value, stored))
            {
                changes[column.Key] = column.Value;
            }
        }

        return changes;
    }

    public static bool SameValue(object? left, object? right) => Normalize(left) switch
    {
        null => Normalize(right) is null,
        var value => value.Equals(Normalize(right)),
    };

    private static object? Normalize(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        EntityReference reference => reference.LogicalName + ":" + reference.Id.ToString("D"),
        OptionSetValue option => option.Value,
        Money money => money.Value,
        int number => (decimal)number,
        double number => (decimal)number,
        _ => value,
    };
}
