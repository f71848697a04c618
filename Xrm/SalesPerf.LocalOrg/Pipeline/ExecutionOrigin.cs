using System;

namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>Who sends a request and from where: the caller, the context of the plug-in (or operation) that sent it, its depth.</summary>
internal sealed record ExecutionOrigin(
    Guid UserId,
    Guid InitiatingUserId,
    PluginExecutionContext? Parent,
    int Depth,
    Guid CorrelationId)
{
    /// <summary>A follow-up operation the platform raises itself (Win's Update...), not a caller's request.</summary>
    public bool IsPlatformInternal { get; init; }
}
