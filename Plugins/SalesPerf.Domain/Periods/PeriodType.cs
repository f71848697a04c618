namespace SalesPerf.Domain.Periods;

/// <summary><c>spm_periodtype</c>. Declared from longest to shortest, so a larger value is a shorter period.</summary>
public enum PeriodType
{
    Year = 100000000,
    HalfYear = 100000001,
    Quarter = 100000002,
    Month = 100000003,
}
