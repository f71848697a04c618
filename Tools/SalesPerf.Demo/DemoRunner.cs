using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.ServiceModel;
using System.Text;
using Microsoft.Xrm.Sdk;
using SalesPerf.Demo.Generation;
using SalesPerf.Demo.Reporting;
using SalesPerf.Demo.Running;
using SalesPerf.LocalOrg;
using SalesPerf.Plugins.Registration;
using Spectre.Console;

namespace SalesPerf.Demo;

/// <summary>
/// Runs the demo: generates the organisation and its business, sends every operation through a fresh
/// <see cref="LocalOrganization"/> (so the real plug-ins run) with a progress bar, packs the solution and writes
/// report.html into the output folder.
/// </summary>
public static class DemoRunner
{
    private const int KeptFaultMessages = 20;

    /// <summary>Runs with a console writing plain text (no colours, no animation) to <paramref name="output"/>.</summary>
    public static DemoResult Run(DemoOptions options, TextWriter output, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        return Run(options, console, outputFolder);
    }

    public static DemoResult Run(DemoOptions options, IAnsiConsole console, string outputFolder) => RunWithOrganization(options, console, outputFolder).Result;

    /// <summary>The run and the organisation it ran in (for tests that compare the report with stored rows).</summary>
    internal static (DemoResult Result, LocalOrganization Organization) RunWithOrganization(DemoOptions options, IAnsiConsole console, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(outputFolder);
        var watch = Stopwatch.StartNew();
        var plan = DemoGenerator.Generate(options);
        var org = new LocalOrganization(new LocalOrganizationOptions
        {
            UtcNow = plan.Steps[0].At,
            OrganizationName = "SalesPerf Demo 销售绩效演示",
        });
        var apis = PluginCatalog.ReadCustomApis(typeof(PluginCatalog).Assembly).Select(a => a.UniqueName).ToList();
        var executor = new StepExecutor(org, apis, plan.BaseCurrencyPlaceholder);
        var tally = new OperationTally(org);
        var faults = new List<string>();
        var faultCount = 0;
        console.MarkupLine(Markup.Escape(
            $"SalesPerf demo 销售绩效演示: {plan.Steps.Count} operations, {plan.Reps.Count} reps, FY{options.FiscalYear} ({options.BusinessMonths} months), seed {options.Seed}"));
        var animate = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        var progress = console.Progress().AutoRefresh(animate).AutoClear(false).HideCompleted(false);
        progress.Start(context =>
        {
            var task = context.AddTask("Business 业务", maxValue: plan.Steps.Count);
            ProgressTask? recalculation = null;
            var recalculated = 0;
            executor.RecalculationProgress = slice =>
            {
                recalculation ??= context.AddTask("Recalculation 重新计算", maxValue: 1);
                recalculated += slice.Targets + slice.Statements;
                recalculation.MaxValue = Math.Max(1, recalculated + slice.Remaining);
                recalculation.Value = slice.IsDone ? recalculation.MaxValue : recalculated;
            };
            foreach (var step in plan.Steps)
            {
                try
                {
                    tally.Measure(step, () => executor.Execute(step));
                }
                catch (Exception error) when (error is FaultException or InvalidPluginExecutionException or NotSupportedException)
                {
                    faultCount++;
                    if (faults.Count < KeptFaultMessages)
                    {
                        faults.Add($"{step.At:yyyy-MM-dd} {step.Label}: {error.Message}");
                    }
                }

                task.Increment(1);
            }
        });

        // The business's own cost, before the report's queries.
        var examined = org.QueryStatistics.RowsExamined;
        var scans = org.QueryStatistics.TableScans.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        var scannedRows = org.QueryStatistics.ScannedRows.ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        Directory.CreateDirectory(outputFolder);
        var (zips, packNote) = options.Pack ? SolutionPacking.Pack(outputFolder) : ([], "Packing not requested.");
        var leaderboardApi = apis.Contains("spm_GetLeaderboard", StringComparer.OrdinalIgnoreCase);
        var data = ReportData.Read(org, executor.Ids.Map(plan.YearPeriodId), leaderboardApi);
        var calls = org.ServiceCalls.ByPlugin.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var header = new ReportHeader(org.Clock.UtcNow, options.Seed, plan.Steps.Count, faultCount, calls);
        var reportPath = Path.GetFullPath(Path.Combine(outputFolder, "report.html"));
        File.WriteAllText(reportPath, ReportWriter.Write(data, header), new UTF8Encoding(false));
        var result = new DemoResult
        {
            ReportPath = reportPath,
            Paths = new[] { reportPath }.Concat(zips).ToList(),
            Operations = plan.Steps.Count,
            Faults = faultCount,
            FaultMessages = faults,
            RowCounts = org.Tables.ToDictionary(t => t.LogicalName, t => org.Rows(t.LogicalName).Count, StringComparer.Ordinal),
            PluginServiceCalls = org.ServiceCalls.Total,
            PluginServiceCallsByType = calls,
            PluginRowsRead = org.ServiceCalls.RowsReturned,
            RowsExamined = examined,
            TableScans = scans,
            ScannedRows = scannedRows,
            CostByOperation = tally.Costs,
            RecalculationSliceCalls = executor.SliceCalls,
            PackNote = packNote,
            Elapsed = watch.Elapsed,
        };
        ConsoleSummary.Write(console, data, result);
        return (result, org);
    }
}
