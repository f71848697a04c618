namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>
/// How aggregate queries group their date column. Month keeps the result small (at most one group per month and
/// key) and is exact when every period starts on the 1st and ends on a month's last day, as generated fiscal periods
/// do; Day is exact for any period and is used only when a stored period is not month-aligned.
/// </summary>
public enum BucketGrain
{
    Month,
    Day,
}
