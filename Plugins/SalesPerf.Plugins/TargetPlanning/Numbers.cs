using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>Reads a number column whatever its SDK type (decimal, money, whole number, float).</summary>
internal static class Numbers
{
    public static decimal? Read(Entity row, string column)
    {
        if (row is null || !row.Contains(column))
        {
            return null;
        }

        return row[column] switch
        {
            decimal value => value,
            Money money => money.Value,
            int value => value,
            long value => value,
            double value => (decimal)value,
            _ => null,
        };
    }
}
