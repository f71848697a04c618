using System.Globalization;

namespace SalesPerf.Plugins.Attainment;

/// <summary>The line a trace carries when a computed value is stored at its column's limit, in English and Chinese.</summary>
public static class OverflowNote
{
    public static string Format(string column, decimal computed, decimal stored) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}: the computed value {1} is beyond the column's limit; stored as {2}. / {0}：计算值 {1} 超出该列的范围，按上限 {2} 存储。",
            column,
            computed,
            stored);
}
