using System;

namespace SalesPerf.Plugins.Registration;

/// <summary>Declares that the plug-in class it sits on is the main operation of a custom API.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CustomApiAttribute(string uniqueName) : Attribute
{
    public string UniqueName { get; } = uniqueName;

    /// <summary>Defaults to <see cref="UniqueName"/>.</summary>
    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The display name in Simplified Chinese (2052).</summary>
    public string ChineseDisplayName { get; set; } = "";

    /// <summary>The description in Simplified Chinese (2052).</summary>
    public string ChineseDescription { get; set; } = "";

    /// <summary>A function is called with GET and must return at least one response property.</summary>
    public bool IsFunction { get; set; }

    public CustomApiBindingType BindingType { get; set; } = CustomApiBindingType.Global;

    /// <summary>Required when <see cref="BindingType"/> is Entity or EntityCollection.</summary>
    public string BoundEntityLogicalName { get; set; } = "";

    public CustomApiProcessingStepType AllowedProcessingStepType { get; set; } = CustomApiProcessingStepType.None;

    public bool IsPrivate { get; set; }

    /// <summary>
    /// The privilege a caller must hold (at any depth) to call the API, e.g. <c>prvCreatespm_review</c>; the platform
    /// refuses other callers before the plug-in runs. Empty: anyone may call.
    /// </summary>
    public string ExecutePrivilegeName { get; set; } = "";

    public bool EnabledForWorkflow { get; set; }
}
