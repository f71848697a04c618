namespace SalesPerf.LocalOrg.Query.Fiscal;

/// <summary>A fiscal year (by its display number) and the 1-based period inside it.</summary>
internal readonly record struct FiscalPosition(int Year, int Period, int PeriodsPerYear)
{
    /// <summary>A running period number, so that neighbouring periods across a year end differ by one.</summary>
    public int Index => (Year * PeriodsPerYear) + Period - 1;
}
