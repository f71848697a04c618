using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SalesPerf.Plugins.Registration;
using Spectre.Console;

namespace SalesPerf.Cli.Commands;

/// <summary>The plug-in assembly's registered steps, as the packed solution registers them.</summary>
internal static class StepsTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<StepRegistration> steps)
    {
        var table = new Table().Title("Registered plug-in steps / 已注册的插件步骤");
        foreach (var header in new[] { "Plug-in", "Message", "Table", "Stage", "Mode", "Rank", "Filtering attributes", "Images" })
        {
            table.AddColumn(header);
        }

        foreach (var step in steps)
        {
            table.AddRow(
                Markup.Escape(step.PluginType.Name),
                Markup.Escape(step.Message),
                Markup.Escape(step.PrimaryEntity),
                step.Stage.ToString(),
                step.Mode.ToString(),
                step.Rank.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", step.FilteringAttributes)),
                Markup.Escape(string.Join(", ", step.Images.Select(i => $"{i.Type} {i.EntityAlias}"))));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{steps.Count}[/] step(s) registered."));
    }
}
