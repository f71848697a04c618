using System.Collections.Generic;
using System.Linq;
using SalesPerf.Demo.Reporting;
using Spectre.Console;

namespace SalesPerf.Demo.Running;

/// <summary>The short console summary: revenue attainment per owner and the plug-ins' service calls.</summary>
internal static class ConsoleSummary
{
    private static string Whole(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Decimal(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    public static void Write(IAnsiConsole console, ReportData data, DemoResult result)
    {
        var table = new Table().Title("Revenue attainment 收入达成").AddColumns("Owner 负责人", "Target 目标", "Actual 实际", "Attainment % 达成率", "Expected 应达");
        foreach (var t in data.YearRevenueTargets)
        {
            table.AddRow(
                Markup.Escape(ReportData.Ref(t, "ownerid")?.Name ?? ""),
                Html.Number(ReportData.Dec(t, "spm_targetvalue")),
                Html.Number(ReportData.Dec(t, "spm_actualvalue")),
                Html.Number(ReportData.Dec(t, "spm_attainmentpercent")),
                Html.Number(ReportData.Dec(t, "spm_expectedtodatevalue")));
        }

        console.Write(table);
        var calls = new Table().Title($"Plug-in service calls 插件服务调用: {result.PluginServiceCalls}").AddColumns("Plug-in type", "Calls");
        foreach (var (type, count) in result.PluginServiceCallsByType.OrderByDescending(p => p.Value))
        {
            calls.AddRow(Markup.Escape(type), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(calls);
        var per = new Table().Title("Cost per operation 每次操作的开销").AddColumns("Operation 操作", "Count 次数", "Calls 调用", "Rows read 读取行", "Rows examined 检查行", "ms");
        foreach (var cost in result.CostByOperation)
        {
            per.AddRow(Markup.Escape(cost.Operation), Whole(cost.Count), Decimal(cost.CallsPerOperation), Decimal(cost.RowsReadPerOperation),
                Decimal(cost.RowsExaminedPerOperation), Decimal(cost.MillisecondsPerOperation));
        }

        console.Write(per);
        if (result.ScannedRows.Count > 0)
        {
            var scans = new Table().Title("Whole-table reads by the local organisation 本地组织整表读取").AddColumns("Table 表", "Reads 次数", "Rows 行");
            foreach (var (name, rows) in result.ScannedRows.OrderByDescending(s => s.Value).Take(8))
            {
                scans.AddRow(Markup.Escape(name), Whole(result.TableScans.GetValueOrDefault(name)), Whole(rows));
            }

            console.Write(scans);
        }

        if (result.RecalculationSliceCalls.Count > 0)
        {
            console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Recalculation 重新计算: {result.RecalculationSliceCalls.Count} slices, calls per slice mean {result.RecalculationSliceCalls.Average():0.0}, max {result.RecalculationSliceCalls.Max()}"));
        }
        console.MarkupLine($"Operations [bold]{result.Operations}[/], faults [bold]{result.Faults}[/], elapsed {result.Elapsed.TotalSeconds:0.0} s");
        var operations = System.Math.Max(1, result.Operations);
        console.MarkupLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Per operation 每次操作: {(double)result.PluginServiceCalls / operations:0.00} plug-in calls, {(double)result.PluginRowsRead / operations:0.00} rows read, {(double)result.RowsExamined / operations:0.0} rows examined, {result.Elapsed.TotalMilliseconds / operations:0.00} ms"));
        foreach (var message in result.FaultMessages.Take(5))
        {
            console.MarkupLine("[red]fault[/] " + Markup.Escape(message));
        }

        foreach (var path in result.Paths)
        {
            console.MarkupLine("wrote " + Markup.Escape(path));
        }

        if (result.PackNote is not null)
        {
            console.MarkupLine("[yellow]" + Markup.Escape(result.PackNote) + "[/]");
        }
    }
}
