using System.Globalization;

namespace SalesPerf.Domain.Commission;

/// <summary>
/// How numbers read in commission and review traces. Invariant culture, so a trace reads the same whoever triggered
/// the recalculation: money "20,000.00", rates "4 %", tier bounds "150,000".
/// </summary>
internal static class TraceNumbers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Cash(decimal value) => value.ToString("N2", Invariant);

    public static string Rate(decimal value) => value.ToString("0.####", Invariant) + " %";

    public static string Bound(decimal value) => value.ToString("#,##0.####", Invariant);

    public static string Plain(decimal value) => value.ToString("0.##", Invariant);

    public static string Date(Periods.CalendarDate value) => value.ToString();
}
