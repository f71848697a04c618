using System.Linq;
using SalesPerf.Demo.Reporting;
using Spectre.Console;

namespace SalesPerf.Demo.Running;

/// <summary>The short console summary: revenue attainment per owner and the plug-ins' service calls.</summary>
internal static class ConsoleSummary
{
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
        console.MarkupLine($"Operations [bold]{result.Operations}[/], faults [bold]{result.Faults}[/], elapsed {result.Elapsed.TotalSeconds:0.0} s");
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
