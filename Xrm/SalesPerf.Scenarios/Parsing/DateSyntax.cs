using System;
using System.Globalization;

namespace SalesPerf.Scenarios.Parsing;

/// <summary>Dates of scenario files: <c>YYYY-MM-DD</c> (midnight UTC) or an ISO 8601 date-time (UTC when it has no offset).</summary>
internal static class DateSyntax
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-ddTHH:mm",
        "yyyy-MM-ddTHH:mmK",
        "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ssK",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParse(string text, out DateTime value) =>
        DateTime.TryParseExact(
            text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
}
