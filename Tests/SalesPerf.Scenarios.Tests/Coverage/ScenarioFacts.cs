using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace SalesPerf.Scenarios.Tests.Coverage;

/// <summary>
/// What one scenario file does and checks, read from its JSON: its steps (the inner step of an
/// <c>expectFault</c> marked as faulting), the measure of every KPI it creates and the KPI of every target.
/// </summary>
internal sealed class ScenarioFacts
{
    private readonly Dictionary<string, int> _measureOfKpi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kpiOfTarget = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _createdRows = new(StringComparer.Ordinal);

    private ScenarioFacts(string file, JsonObject document)
    {
        File = file;
        Document = document;
        var steps = new List<ScenarioStepFact>();
        foreach (var step in (document["steps"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var isFault = Text(step, "op") == "expectFault";
            var acting = isFault ? step["step"] as JsonObject ?? step : step;
            steps.Add(new ScenarioStepFact(acting, isFault, isFault ? Text(step, "contains") : null));
            Remember(acting);
        }

        Steps = steps;
    }

    public string File { get; }

    public JsonObject Document { get; }

    public IReadOnlyList<ScenarioStepFact> Steps { get; }

    public static ScenarioFacts Read(string path) =>
        new(Path.GetFileName(path), JsonNode.Parse(System.IO.File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidOperationException(path + " is not a JSON object"));

    public static ScenarioFacts Parse(string file, string json) =>
        new(file, JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException(file + " is not a JSON object"));

    /// <summary>The <c>spm_measure</c> of the KPI a target key points to, or null.</summary>
    public int? MeasureOfTarget(string targetKey) =>
        _kpiOfTarget.TryGetValue(targetKey, out var kpi) && _measureOfKpi.TryGetValue(kpi, out var measure) ? measure : null;

    /// <summary>The row a <c>create</c> step with this key wrote, or null.</summary>
    public JsonObject? CreatedRow(string key) => _createdRows.TryGetValue(key, out var row) ? row : null;

    /// <summary>The table a key was created in, or null.</summary>
    public string? TableOf(string key) =>
        Steps.FirstOrDefault(s => s.Op == "create" && s.Key == key)?.Table;

    /// <summary>True when an <c>expect</c> on a target comes after step <paramref name="index"/>: the change was checked.</summary>
    public bool TargetCheckedAfter(int index) =>
        Steps.Skip(index + 1).Any(s => s.Op == "expect" && s.Table == "spm_target" && s.Values.Count > 0);

    public static string? Text(JsonObject node, string member) =>
        node[member] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private void Remember(JsonObject step)
    {
        if (Text(step, "op") != "create" || Text(step, "key") is not string key || step["row"] is not JsonObject row)
        {
            return;
        }

        _createdRows[key] = row;
        switch (Text(step, "table"))
        {
            case "spm_kpi" when row["spm_measure"] is JsonValue measure && measure.TryGetValue<int>(out var value):
                _measureOfKpi[key] = value;
                break;
            case "spm_target" when Text(row, "spm_kpiid") is string kpi && kpi.StartsWith("spm_kpi:", StringComparison.Ordinal):
                _kpiOfTarget[key] = kpi["spm_kpi:".Length..];
                break;
        }
    }
}
