using System;
using System.Collections.Generic;

namespace SalesPerf.Plugins.Registration;

/// <summary>One declared custom API whose main operation is <see cref="PluginType"/>.</summary>
public sealed record CustomApiRegistration(
    string UniqueName,
    Type PluginType,
    bool IsFunction,
    IReadOnlyList<CustomApiParameter> RequestParameters,
    IReadOnlyList<CustomApiParameter> ResponseProperties)
{
    public string DisplayName { get; init; } = UniqueName;

    public string Description { get; init; } = "";

    /// <summary>The display name in Simplified Chinese (2052); empty when not declared.</summary>
    public string ChineseDisplayName { get; init; } = "";

    /// <summary>The description in Simplified Chinese (2052); empty when not declared.</summary>
    public string ChineseDescription { get; init; } = "";

    public CustomApiBindingType BindingType { get; init; } = CustomApiBindingType.Global;

    public string BoundEntityLogicalName { get; init; } = "";

    public CustomApiProcessingStepType AllowedProcessingStepType { get; init; } = CustomApiProcessingStepType.None;

    public bool IsPrivate { get; init; }

    /// <summary>The privilege a caller must hold to call the API; empty when anyone may.</summary>
    public string ExecutePrivilegeName { get; init; } = "";

    public bool EnabledForWorkflow { get; init; }
}
