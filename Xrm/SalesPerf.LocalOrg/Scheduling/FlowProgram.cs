using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using SalesPerf.SolutionModel.Flows;

namespace SalesPerf.LocalOrg.Scheduling;

/// <summary>
/// What the local organisation executes of a scheduled flow, read from the flow's definition file (the JSON the packer
/// writes into the zip, <see cref="ScheduledFlowJson"/>), not from the source: the Recurrence trigger, and the Until loop
/// that calls one unbound action with the cursor until IsDone. Any other shape is refused (NotSupportedException), so a
/// change to the packed definition that the local organisation would not run as the platform does cannot pass silently.
/// </summary>
public sealed record FlowProgram(FlowRecurrence Recurrence, string Action, IReadOnlyDictionary<string, object> Arguments, string CursorParameter, int MaxSlices)
{
    public static FlowProgram Read(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var definition = document["properties"]?["definition"] as JsonObject ?? throw Unsupported("no properties.definition");
        var triggers = definition["triggers"] as JsonObject ?? throw Unsupported("no triggers");
        if (triggers.Count != 1 || triggers.First().Value is not JsonObject trigger || (string?)trigger["type"] != "Recurrence")
        {
            throw Unsupported("the flow must have exactly one Recurrence trigger");
        }

        var actions = definition["actions"] as JsonObject ?? throw Unsupported("no actions");
        var loops = actions.Select(a => a.Value).OfType<JsonObject>().Where(a => (string?)a["type"] == "Until").ToList();
        if (loops.Count != 1)
        {
            throw Unsupported("the flow must have exactly one Until loop");
        }

        var loop = loops[0];
        if ((string?)loop["expression"] != ScheduledFlowJson.DoneExpression)
        {
            throw Unsupported("the loop must run until " + ScheduledFlowJson.DoneExpression);
        }

        var inner = (loop["actions"] as JsonObject ?? throw Unsupported("an empty loop")).Select(a => a.Value).OfType<JsonObject>().ToList();
        var calls = inner.Where(a => (string?)a["inputs"]?["host"]?["operationId"] == ScheduledFlowJson.UnboundActionOperation).ToList();
        if (calls.Count != 1)
        {
            throw Unsupported("the loop must call exactly one unbound action");
        }

        var keeps = inner.Where(a => (string?)a["type"] == "SetVariable").Select(a => (string?)a["inputs"]?["value"] ?? string.Empty).ToList();
        if (!keeps.Any(v => v.Contains("body/NextCursor", StringComparison.Ordinal)) || !keeps.Any(v => v.Contains("body/IsDone", StringComparison.Ordinal)))
        {
            throw Unsupported("the loop must keep body/NextCursor and body/IsDone");
        }

        var parameters = calls[0]["inputs"]!["parameters"] as JsonObject ?? throw Unsupported("the call has no parameters");
        var action = (string?)parameters["actionName"] ?? throw Unsupported("the call names no action");
        var arguments = new Dictionary<string, object>(StringComparer.Ordinal);
        string? cursorParameter = null;
        foreach (var (name, value) in parameters.Where(p => p.Key.StartsWith("item/", StringComparison.Ordinal)))
        {
            var parameter = name.Substring("item/".Length);
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s == ScheduledFlowJson.CursorArgument)
            {
                cursorParameter = parameter;
            }
            else if (value is JsonValue number && number.TryGetValue<int>(out var i))
            {
                arguments[parameter] = i;
            }
            else
            {
                throw Unsupported("the argument " + parameter + " is neither the cursor variable nor a whole number");
            }
        }

        var count = (int?)loop["limit"]?["count"] ?? 60;
        return new FlowProgram(
            ReadRecurrence(trigger["recurrence"] as JsonObject ?? throw Unsupported("no recurrence")), action, arguments,
            cursorParameter ?? throw Unsupported("the call does not pass the cursor variable"), count);
    }

    private static FlowRecurrence ReadRecurrence(JsonObject recurrence)
    {
        var frequency = (string?)recurrence["frequency"] ?? throw Unsupported("no frequency");
        var zone = (string?)recurrence["timeZone"] ?? FlowRecurrence.Utc;
        if (frequency is not (FlowRecurrence.Day or FlowRecurrence.Hour) || zone != FlowRecurrence.Utc)
        {
            throw Unsupported($"a {frequency} recurrence in {zone}: the local organisation runs Day and Hour recurrences in UTC");
        }

        var hours = (recurrence["schedule"]?["hours"] as JsonArray)?.Select(h => int.Parse((string)h!, System.Globalization.CultureInfo.InvariantCulture)).ToList() ?? [];
        var minutes = (recurrence["schedule"]?["minutes"] as JsonArray)?.Select(m => (int)m!).ToList() ?? [];
        return new FlowRecurrence(frequency, (int?)recurrence["interval"] ?? 1, hours, minutes, zone);
    }

    private static NotSupportedException Unsupported(string what) => new("The scheduled flow's definition is not one the local organisation runs: " + what + ".");
}
