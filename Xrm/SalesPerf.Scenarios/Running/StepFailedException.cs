using System;

namespace SalesPerf.Scenarios.Running;

/// <summary>A step did not behave as the file says (exit code 1); the message says how.</summary>
internal sealed class StepFailedException : Exception
{
    public StepFailedException()
    {
    }

    public StepFailedException(string message)
        : base(message)
    {
    }

    public StepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
