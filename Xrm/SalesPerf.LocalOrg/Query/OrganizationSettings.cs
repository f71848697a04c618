using System;

namespace SalesPerf.LocalOrg.Query;

/// <summary>
/// The organisation settings that change query results: the time zone that defines "today" and whole days,
/// and the fiscal calendar (semantics doc 3.4, 3.5).
/// </summary>
/// <param name="TimeZone">Time zone of relative date operators and date grouping.</param>
/// <param name="FiscalYearStartMonth">Month (1–12) of organization.fiscalcalendarstart.</param>
/// <param name="FiscalYearStartDay">Day of organization.fiscalcalendarstart.</param>
/// <param name="FiscalPeriodType">Length of a fiscal period.</param>
/// <param name="BaseCurrencyCode">ISO code of the base currency.</param>
public sealed record OrganizationSettings(
    TimeZoneInfo TimeZone,
    int FiscalYearStartMonth = 1,
    int FiscalYearStartDay = 1,
    FiscalPeriodType FiscalPeriodType = FiscalPeriodType.Quarterly,
    string BaseCurrencyCode = "USD")
{
    /// <summary>
    /// organization.fiscalyeardisplaycode: false names a fiscal year by the calendar year it starts in
    /// (the SalesPerf convention: FY2026 starts 1 April 2026), true by the year it ends in.
    /// </summary>
    public bool FiscalYearNamedByEndYear { get; init; }

    /// <summary>First day of a week for this-week / last-week / next-week and week grouping.</summary>
    public DayOfWeek FirstDayOfWeek { get; init; } = DayOfWeek.Sunday;

    /// <summary>Prefix of fiscal-year labels in date grouping (organization.fiscalyearformatprefix 1 = "FY").</summary>
    public string FiscalYearPrefix { get; init; } = "FY";

    /// <summary>
    /// Composite format of a fiscal-period label with the period number as {0}; null uses "Quarter {0}",
    /// "Month {0}", "Semester {0}" or "Annual" by period type (organization.fiscalperiodformatperiod).
    /// </summary>
    public string? FiscalPeriodFormat { get; init; }

    /// <summary>
    /// True: olderthan-x-days/-weeks/-months/-years compare instants (before now − X); false: whole days (before the
    /// start of today − X). Which one the platform does is NOT VERIFIED (see <c>LocalOrganizationOptions</c>).
    /// </summary>
    public bool OlderThanComparesInstants { get; init; }

    /// <summary>UTC, calendar fiscal year, quarterly periods.</summary>
    public static OrganizationSettings Default { get; } = new(TimeZoneInfo.Utc);
}
