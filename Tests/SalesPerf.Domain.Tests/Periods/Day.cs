using SalesPerf.Domain.Periods;

namespace SalesPerf.Domain.Tests.Periods;

/// <summary>Short date literals for tests: <c>Day.Of("2026-02-14")</c>.</summary>
internal static class Day
{
    public static CalendarDate Of(string isoDate) => CalendarDate.Parse(isoDate);

    public static DateRange Range(string start, string end) => DateRange.Of(Of(start), Of(end));
}
