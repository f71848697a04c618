using System;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// "Now" for a plug-in: the moment the platform stamped on the operation (<c>OperationCreatedOn</c>, UTC).
/// This is the only type in the plug-in assembly that may read a time source; the emulator stamps the same value
/// from its injected clock, so period boundaries are repeatable in tests.
/// </summary>
public sealed class ExecutionClock
{
    private readonly DateTime operationCreatedOn;

    public ExecutionClock(DateTime operationCreatedOn)
    {
        this.operationCreatedOn = operationCreatedOn.Kind switch
        {
            DateTimeKind.Utc => operationCreatedOn,
            DateTimeKind.Local => operationCreatedOn.ToUniversalTime(),
            _ => DateTime.SpecifyKind(operationCreatedOn, DateTimeKind.Utc),
        };
    }

    /// <summary>The operation's timestamp in UTC.</summary>
    /// <exception cref="InvalidOperationException">The context carries no timestamp (a host that did not stamp it).</exception>
    public DateTime UtcNow =>
        operationCreatedOn == default
            ? throw new InvalidOperationException("The execution context has no OperationCreatedOn; the host must stamp every operation.")
            : operationCreatedOn;

    /// <summary>The UTC calendar date of the operation.</summary>
    public DateTime UtcToday => UtcNow.Date;

    public static ExecutionClock FromContext(IExecutionContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return new ExecutionClock(context.OperationCreatedOn);
    }
}
