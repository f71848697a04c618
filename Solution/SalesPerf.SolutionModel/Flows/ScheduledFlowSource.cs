using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SalesPerf.SolutionModel.Loading;

namespace SalesPerf.SolutionModel.Flows;

/// <summary>Reads Solution/Flows/*.json (docs/solution-source.md "Scheduled flows"); none when the folder is absent.</summary>
public static class ScheduledFlowSource
{
    public const string Folder = "Flows";

    /// <summary>Power Automate's own bound on an Until loop's count.</summary>
    public const int MaxLoopCount = 5000;

    private static readonly string[] Properties =
        ["uniqueName", "id", "name", "description", "enabled", "recurrence", "action", "sliceSize", "maxSlices", "timeout", "connectionReference"];

    public static IReadOnlyList<ScheduledFlowDefinition> Load(string solutionFolder)
    {
        ArgumentNullException.ThrowIfNull(solutionFolder);
        var root = Path.GetFullPath(solutionFolder);
        var directory = Path.Combine(root, Folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var flows = new List<ScheduledFlowDefinition>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllBytes(file));
            }
            catch (JsonException exception)
            {
                throw new SolutionSourceException(relative, exception.Path ?? "$", "not valid JSON", exception);
            }

            using (document)
            {
                var flow = Read(new SourceNode(relative, "$", document.RootElement));
                if (!string.Equals(Path.GetFileNameWithoutExtension(file), flow.UniqueName.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    throw new SolutionSourceException(relative, "$.uniqueName", $"the file must be named after the flow's unique name in lower case ({flow.UniqueName.ToLowerInvariant()}.json)");
                }

                if (flows.Any(f => f.Id == flow.Id))
                {
                    throw new SolutionSourceException(relative, "$.id", $"the id {flow.Id:D} is used by another flow");
                }

                flows.Add(flow);
            }
        }

        return flows.OrderBy(f => f.UniqueName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The flows of the checkout that contains <paramref name="startDirectory"/>.</summary>
    public static IReadOnlyList<ScheduledFlowDefinition> LoadFromRepository(string startDirectory) =>
        Load(Path.Combine(SolutionMetadata.FindRepositoryRoot(startDirectory), SolutionSource.Folder));

    private static ScheduledFlowDefinition Read(SourceNode root)
    {
        root.AllowOnly(Properties);
        var uniqueNameNode = root.Required("uniqueName");
        var uniqueName = uniqueNameNode.AsString();
        if (!Regex.IsMatch(uniqueName, "^spm_[A-Za-z][A-Za-z0-9]{0,90}$"))
        {
            throw uniqueNameNode.Error($"'{uniqueName}' is not a flow name: spm_ then letters and digits");
        }

        var idNode = root.Required("id");
        if (!Guid.TryParseExact(idNode.AsString(), "D", out var id) || id == Guid.Empty)
        {
            throw idNode.Error($"'{idNode.AsString()}' is not a flow id (a non-empty GUID)");
        }

        var actionNode = root.Required("action");
        var action = actionNode.AsString();
        if (!Regex.IsMatch(action, "^spm_[A-Za-z0-9]+$"))
        {
            throw actionNode.Error($"'{action}' is not a SalesPerf custom API name");
        }

        var sliceNode = root.Required("sliceSize");
        var slice = sliceNode.AsInt();
        if (slice < 1 || slice > 500)
        {
            throw sliceNode.Error($"{slice} is outside 1–500, the slice sizes a sliced SalesPerf API accepts");
        }

        var maxNode = root.Required("maxSlices");
        var max = maxNode.AsInt();
        if (max < 1 || max > MaxLoopCount)
        {
            throw maxNode.Error($"{max} is outside 1–{MaxLoopCount}, the counts Power Automate allows an Until loop");
        }

        var timeoutNode = root.Required("timeout");
        var timeout = timeoutNode.AsString();
        if (!Regex.IsMatch(timeout, "^PT([1-9][0-9]*H)?([1-9][0-9]*M)?$") || timeout == "PT")
        {
            throw timeoutNode.Error($"'{timeout}' is not an ISO 8601 duration in hours and minutes such as PT1H");
        }

        return new ScheduledFlowDefinition(
            uniqueName, id, root.Required("name").AsLabel(), root.Required("description").AsLabel(), root.Required("enabled").AsBool(),
            Recurrence(root.Required("recurrence")), action, slice, max, timeout, Connection(root.Required("connectionReference")));
    }

    private static FlowRecurrence Recurrence(SourceNode node)
    {
        node.AllowOnly("frequency", "interval", "hours", "minutes", "timeZone");
        var frequencyNode = node.Required("frequency");
        var frequency = frequencyNode.AsString();
        if (frequency is not (FlowRecurrence.Day or FlowRecurrence.Hour))
        {
            throw frequencyNode.Error($"'{frequency}' is not supported: Day or Hour");
        }

        var intervalNode = node.Required("interval");
        var interval = intervalNode.AsInt();
        if (interval < 1 || interval > 100)
        {
            throw intervalNode.Error($"{interval} is outside 1–100");
        }

        var hours = Numbers(node.Optional("hours"), 0, 23);
        var minutes = Numbers(node.Optional("minutes"), 0, 59);
        if (frequency == FlowRecurrence.Hour && hours.Count != 0)
        {
            throw node.At("hours").Error("an hourly recurrence takes minutes only");
        }

        var zoneNode = node.Required("timeZone");
        if (zoneNode.AsString() != FlowRecurrence.Utc)
        {
            throw zoneNode.Error($"'{zoneNode.AsString()}' is not supported: the flow runs in UTC (an admin may change the time zone in the flow designer)");
        }

        return new FlowRecurrence(frequency, interval, hours, minutes, FlowRecurrence.Utc);
    }

    private static List<int> Numbers(SourceNode? node, int min, int max)
    {
        var values = new List<int>();
        foreach (var item in node?.AsArray() ?? [])
        {
            var value = item.AsInt();
            if (value < min || value > max || values.Contains(value))
            {
                throw item.Error($"{value} is outside {min}–{max} or given twice");
            }

            values.Add(value);
        }

        values.Sort();
        return values;
    }

    private static FlowConnectionReference Connection(SourceNode node)
    {
        node.AllowOnly("logicalName", "name", "connector");
        var nameNode = node.Required("logicalName");
        var logicalName = nameNode.AsString();
        if (!Regex.IsMatch(logicalName, "^spm_[a-z0-9_]{1,90}$"))
        {
            throw nameNode.Error($"'{logicalName}' is not a connection reference name: spm_ then lower-case letters, digits and _");
        }

        var connectorNode = node.Required("connector");
        if (connectorNode.AsString() != FlowConnectionReference.Dataverse)
        {
            throw connectorNode.Error($"'{connectorNode.AsString()}' is not supported: the flow calls SalesPerf through {FlowConnectionReference.Dataverse}");
        }

        return new FlowConnectionReference(logicalName, node.Required("name").AsLabel(), FlowConnectionReference.Dataverse);
    }
}
