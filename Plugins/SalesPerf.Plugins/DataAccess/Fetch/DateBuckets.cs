using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Domain.Periods;

namespace SalesPerf.Plugins.DataAccess.Fetch;

/// <summary>Groups a date column into buckets (year, month and, at day grain, day) and reads a bucket back as its first date.</summary>
public static class DateBuckets
{
    public static IEnumerable<XElement> GroupBy(string attribute, string aliasPrefix, BucketGrain grain)
    {
        yield return FetchXml.GroupByDate(attribute, aliasPrefix + "year", "year");
        yield return FetchXml.GroupByDate(attribute, aliasPrefix + "month", "month");
        if (grain == BucketGrain.Day)
        {
            yield return FetchXml.GroupByDate(attribute, aliasPrefix + "day", "day");
        }
    }

    /// <summary>The bucket's first date; null when the grouped date was empty (its own null group).</summary>
    public static CalendarDate? Read(Entity row, string aliasPrefix)
    {
        var year = Aliased.Int(row, aliasPrefix + "year");
        var month = Aliased.Int(row, aliasPrefix + "month");
        if (year is null || month is null)
        {
            return null;
        }

        var day = Aliased.Int(row, aliasPrefix + "day") ?? 1;
        return CalendarDate.Create(year.Value, month.Value, day);
    }

    /// <summary>Month grain is exact only when every range starts on a 1st and ends on a month's last day.</summary>
    public static BucketGrain GrainFor(IEnumerable<DateRange> ranges) =>
        ranges.All(r => r.Start.Day == 1 && r.End.IsLastDayOfMonth) ? BucketGrain.Month : BucketGrain.Day;
}
