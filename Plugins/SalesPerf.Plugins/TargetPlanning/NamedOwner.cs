using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>A user or team that can own a target, with its name for target names.</summary>
internal sealed record NamedOwner(EntityReference Reference, string Name);
