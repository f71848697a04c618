using System;

namespace SalesPerf.Scenarios;

/// <summary>A scenario file that does not follow the format: <see cref="JsonPath"/> names the offending value (exit code 2).</summary>
public sealed class ScenarioFormatException : Exception
{
    public ScenarioFormatException()
        : this("$", "malformed scenario")
    {
    }

    public ScenarioFormatException(string message)
        : this("$", message)
    {
    }

    public ScenarioFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        JsonPath = "$";
        Detail = message;
    }

    public ScenarioFormatException(string jsonPath, string detail, Exception? innerException = null)
        : base($"{jsonPath}: {detail}", innerException)
    {
        JsonPath = jsonPath;
        Detail = detail;
    }

    /// <summary>The JSON path of the value, e.g. <c>$.steps[3].row.spm_targetvalue</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong with it.</summary>
    public string Detail { get; }
}
