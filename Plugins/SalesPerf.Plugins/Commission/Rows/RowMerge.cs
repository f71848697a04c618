using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Commission.Rows;

/// <summary>The row as it will be after the operation: the pre-image's columns overlaid with the Target's.</summary>
internal static class RowMerge
{
    public static Entity Of(Entity? preImage, Entity? target, string table)
    {
        var merged = new Entity(table, target?.Id ?? preImage?.Id ?? default);
        foreach (var source in new[] { preImage, target })
        {
            if (source is null)
            {
                continue;
            }

            foreach (var attribute in source.Attributes)
            {
                merged[attribute.Key] = attribute.Value;
            }
        }

        return merged;
    }

    public static decimal? Money(Entity row, string column) => row.GetAttributeValue<object>(column) switch
    {
        Microsoft.Xrm.Sdk.Money money => money.Value,
        decimal value => value,
        _ => null,
    };
}
