using System;

namespace SalesPerf.Plugins.Registration;

/// <summary>
/// Declares one processing step of the plug-in class it sits on. The packer, the emulator and the plug-in's
/// own runtime guard all read it through <see cref="PluginCatalog"/>, so what is tested is what ships and runs.
/// </summary>
/// <remarks>
/// <paramref name="id"/> is a fixed GUID written in source: a redeploy then updates the step instead of adding a
/// second one. Generate it once and never change it.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class StepAttribute(string id, string message, string primaryEntity, PipelineStage stage) : Attribute
{
    public string Id { get; } = id;

    public string Message { get; } = message;

    /// <summary>The table's logical name, or <see cref="PluginCatalog.AnyEntity"/> for a step on every table.</summary>
    public string PrimaryEntity { get; } = primaryEntity;

    public PipelineStage Stage { get; } = stage;

    public ExecutionMode Mode { get; set; } = ExecutionMode.Synchronous;

    /// <summary>Execution order among the steps of one message, table and stage; lower runs first.</summary>
    public int Rank { get; set; } = 1;

    /// <summary>Update only: the step runs when the Target carries one of these columns.</summary>
#pragma warning disable CA1819 // attribute arguments can only be arrays
    public string[] FilteringAttributes { get; set; } = [];
#pragma warning restore CA1819

    public string Description { get; set; } = "";

    /// <summary>What the step does when raised inside another message of the same row (one of the named policies).</summary>
    public StepNesting Nesting { get; set; } = StepNesting.Always;

    /// <summary>Defaults to the Plug-in Registration tool's convention "&lt;Type&gt;: &lt;Message&gt; of &lt;table&gt;".</summary>
    public string Name { get; set; } = "";
}
