using System;
using System.IO;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>A throw-away solution folder (Tables/ and SystemTables/) in the temp directory.</summary>
internal sealed class TemporarySource : IDisposable
{
    public TemporarySource()
    {
        Root = Path.Combine(Path.GetTempPath(), "spm-source-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, SolutionSource.CustomTablesFolder));
        Directory.CreateDirectory(Path.Combine(Root, SolutionSource.SystemTablesFolder));
    }

    public string Root { get; }

    public TemporarySource WithTable(string fileName, string json)
    {
        File.WriteAllText(Path.Combine(Root, SolutionSource.CustomTablesFolder, fileName), json);
        return this;
    }

    public TemporarySource WithSystemTable(string fileName, string json)
    {
        File.WriteAllText(Path.Combine(Root, SolutionSource.SystemTablesFolder, fileName), json);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
