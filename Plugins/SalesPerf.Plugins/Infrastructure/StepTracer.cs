using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// Wraps the platform's tracing service for one call: every line is prefixed with the milliseconds since the
/// previous line, so the trace log reads like a profile.
/// </summary>
public sealed class StepTracer : ITracingService
{
    private readonly ITracingService? inner;
    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private long lastElapsedMilliseconds;

    public StepTracer(ITracingService? inner)
    {
        this.inner = inner;
    }

    /// <summary>Milliseconds since this call began.</summary>
    public long ElapsedMilliseconds => stopwatch.ElapsedMilliseconds;

    public void Trace(string format, params object?[] args)
    {
        if (inner is null)
        {
            return;
        }

        var now = stopwatch.ElapsedMilliseconds;
        var delta = now - lastElapsedMilliseconds;
        lastElapsedMilliseconds = now;
        var text = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        inner.Trace("[+{0}ms] {1}", delta, text);
    }
}
