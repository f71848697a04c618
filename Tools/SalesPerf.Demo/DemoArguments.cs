using System;
using System.IO;

namespace SalesPerf.Demo;

/// <summary>The checks <c>spm demo</c> makes on its arguments before running anything.</summary>
public static class DemoArguments
{
    /// <summary>Exit code of a refused argument.</summary>
    public const int UsageError = 2;

    /// <summary>0 when <paramref name="reps"/> can be generated; otherwise writes why to <paramref name="error"/> and returns <see cref="UsageError"/>.</summary>
    public static int CheckReps(int reps, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (DemoOptions.RepsError(reps) is not { } message)
        {
            return 0;
        }

        error.WriteLine(message);
        return UsageError;
    }
}
