namespace SalesPerf.Scenarios;

/// <summary>The exit codes of <c>spm run</c> (docs/scenarios.md).</summary>
public static class ScenarioExitCodes
{
    /// <summary>Every step behaved as the file says, expected faults and expectations included.</summary>
    public const int Success = 0;

    /// <summary>A step failed unexpectedly or an expectation did not hold; the message names the step.</summary>
    public const int StepFailed = 1;

    /// <summary>The file is malformed; the message names the JSON path.</summary>
    public const int Malformed = 2;
}
