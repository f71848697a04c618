using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>The fiscal year; its halves, quarters and months are reused when the year plug-in generated them, else created.</summary>
internal static class PeriodSection
{
    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var year = world.Options.FiscalYear;
        var code = $"FY{year}";
        world.Periods[code] = b.Create(world.SetupAt, "Period " + code, Period(code, 100000000, world.Start, world.Start.AddYears(1), null, year));
        for (var h = 0; h < 2; h++)
        {
            var halfCode = $"{code}-H{h + 1}";
            var halfStart = world.Start.AddMonths(6 * h);
            world.Periods[halfCode] = Ensure(world, Period(halfCode, 100000001, halfStart, halfStart.AddMonths(6), world.Periods[code], year));
            for (var q = 2 * h; q < (2 * h) + 2; q++)
            {
                var quarterCode = $"{code}-Q{q + 1}";
                var quarterStart = world.Start.AddMonths(3 * q);
                world.Periods[quarterCode] = Ensure(world, Period(quarterCode, 100000002, quarterStart, quarterStart.AddMonths(3), world.Periods[halfCode], year));
                for (var m = 3 * q; m < (3 * q) + 3; m++)
                {
                    var monthCode = $"{code}-M{m + 1:00}";
                    var monthStart = world.Start.AddMonths(m);
                    world.Periods[monthCode] = Ensure(world, Period(monthCode, 100000003, monthStart, monthStart.AddMonths(1), world.Periods[quarterCode], year));
                }
            }
        }
    }

    private static EntityReference Ensure(DemoWorld world, Entity period)
    {
        period.Id = world.Builder.NewId();
        world.Builder.Execute(world.SetupAt, "Period " + period["spm_code"], DemoRequests.EnsurePeriod, ("Target", period));
        return period.ToEntityReference();
    }

    /// <summary>A period from <paramref name="start"/> up to the day before <paramref name="nextStart"/> (dates inclusive).</summary>
    private static Entity Period(string code, int type, DateTime start, DateTime nextStart, EntityReference? parent, int fiscalYear)
    {
        var row = new Entity("spm_period")
        {
            ["spm_name"] = code, ["spm_code"] = code, ["spm_periodtype"] = new OptionSetValue(type),
            ["spm_startdate"] = DateTime.SpecifyKind(start.Date, DateTimeKind.Unspecified),
            ["spm_enddate"] = DateTime.SpecifyKind(nextStart.Date.AddDays(-1), DateTimeKind.Unspecified),
            ["spm_fiscalyear"] = fiscalYear,
        };
        if (parent is not null)
        {
            row["spm_parentperiodid"] = parent;
        }

        return row;
    }
}
