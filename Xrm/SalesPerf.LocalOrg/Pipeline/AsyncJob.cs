namespace SalesPerf.LocalOrg.Pipeline;

/// <summary>An asynchronous step queued with the context it will see (copied when the event happened).</summary>
internal sealed record AsyncJob(RegisteredStep Step, PluginExecutionContext Context);
