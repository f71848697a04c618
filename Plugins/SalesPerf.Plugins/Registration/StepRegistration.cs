using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Registration;

/// <summary>One declared processing step, as read from <see cref="StepAttribute"/> and its <see cref="StepImageAttribute"/>s.</summary>
public sealed record StepRegistration(
    Guid Id,
    Type PluginType,
    string Message,
    string PrimaryEntity,
    PipelineStage Stage,
    ExecutionMode Mode,
    int Rank,
    IReadOnlyList<string> FilteringAttributes,
    IReadOnlyList<ImageRegistration> Images,
    string Name,
    string Description)
{
    /// <summary>The declared nesting policy, applied by <c>PluginBase</c> before the step's own logic.</summary>
    public StepNesting Nesting { get; init; } = StepNesting.Always;
}
