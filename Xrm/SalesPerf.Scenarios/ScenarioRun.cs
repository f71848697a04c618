using System.Text.Json;
using System.Text.Json.Nodes;
using SalesPerf.LocalOrg;
using SalesPerf.Scenarios.Model;

namespace SalesPerf.Scenarios;

/// <summary>The outcome of one scenario: exit code, message, the result document and the organisation it ran in.</summary>
public sealed class ScenarioRun
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal ScenarioRun(int exitCode, string? message)
    {
        ExitCode = exitCode;
        Message = message;
    }

    /// <summary><see cref="ScenarioExitCodes"/>: 0 success, 1 a step failed, 2 malformed file.</summary>
    public int ExitCode { get; }

    public bool Succeeded => ExitCode == ScenarioExitCodes.Success;

    /// <summary>Null on success; else names the step number and the fault, or the JSON path of a malformed value.</summary>
    public string? Message { get; }

    /// <summary>The 1-based number of the step that failed (0: the setup of currencies, users and teams).</summary>
    public int? FailedStep { get; init; }

    /// <summary>For a malformed file: the JSON path of the offending value.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The parsed file; null when it is malformed.</summary>
    public ScenarioDefinition? Definition { get; init; }

    /// <summary>The output document of docs/scenarios.md (also written for a failed step); null when the file is malformed.</summary>
    public JsonObject? Result { get; init; }

    /// <summary>The organisation the scenario ran in, for a caller that wants to look further (the demo, tests).</summary>
    public LocalOrganization? Organization { get; init; }

    /// <summary>How many expect, expectCalls and expectFault steps held.</summary>
    public int ExpectationsChecked { get; init; }

    public string ResultJson() => Result?.ToJsonString(Indented) ?? "{}";
}
