using System;

namespace SalesPerf.SolutionModel;

/// <summary>
/// The solution source (Solution/Tables/*.json, Solution/SystemTables/*.json) is malformed.
/// The message names the file and the JSON path of the offending value, e.g. <c>spm_target.json $.columns[3].type</c>.
/// </summary>
public sealed class SolutionSourceException : Exception
{
    public SolutionSourceException()
        : this(string.Empty, "$", "The solution source is malformed.")
    {
    }

    public SolutionSourceException(string message)
        : this(string.Empty, "$", message)
    {
    }

    public SolutionSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
        JsonPath = "$";
        Problem = message;
    }

    public SolutionSourceException(string filePath, string jsonPath, string problem, Exception? innerException = null)
        : base(Format(filePath, jsonPath, problem), innerException)
    {
        FilePath = filePath;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The source file, as given to the loader (empty when the problem is not tied to one file).</summary>
    public string FilePath { get; }

    /// <summary>The JSON path of the offending value inside <see cref="FilePath"/>, e.g. <c>$.columns[3].type</c>.</summary>
    public string JsonPath { get; }

    /// <summary>The problem without the location.</summary>
    public string Problem { get; }

    private static string Format(string filePath, string jsonPath, string problem) =>
        string.IsNullOrEmpty(filePath) ? $"{jsonPath}: {problem}" : $"{filePath} {jsonPath}: {problem}";
}
