using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>One executed step (or custom API main operation), in execution order.</summary>
/// <param name="PluginType">Full name of the plug-in type.</param>
/// <param name="Message">The pipeline message (e.g. "Win", not "WinOpportunity").</param>
/// <param name="PrimaryEntity">The primary table of the message ("none" for unbound custom APIs).</param>
/// <param name="PrimaryEntityId">The primary row, when there is one.</param>
/// <param name="Stage">10, 20, 30 (custom API main operation) or 40.</param>
/// <param name="Depth">The context's Depth.</param>
/// <param name="Mode">0 synchronous, 1 asynchronous.</param>
/// <param name="CorrelationId">Shared by every step a top-level request caused.</param>
/// <param name="Trace">Lines the step wrote to its tracing service.</param>
/// <param name="Outcome">Whether the step threw.</param>
/// <param name="Error">The exception message when it failed.</param>
public sealed record StepLogEntry(
    string PluginType,
    string Message,
    string PrimaryEntity,
    Guid PrimaryEntityId,
    int Stage,
    int Depth,
    int Mode,
    Guid CorrelationId,
    IReadOnlyList<string> Trace,
    StepOutcome Outcome,
    string? Error);
