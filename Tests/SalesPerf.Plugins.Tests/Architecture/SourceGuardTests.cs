using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SalesPerf.Plugins.Tests.Architecture;

/// <summary>
/// A plain-text second line behind the analyzer: no source under Plugins/ (domain included, obj and bin excluded)
/// mentions a forbidden call, even in code the analyzer might not see (conditional compilation, a project without it).
/// </summary>
public sealed class SourceGuardTests
{
    [Theory]
    [InlineData(@"\bDateTime\.Now\b")] // the clock is ExecutionClock
    [InlineData(@"\bDateTime\.UtcNow\b")]
    [InlineData(@"\bExecuteMultipleRequest\b")] // not allowed inside plug-ins
    [InlineData(@"\bThread\b")] // no work outside the transaction (the namespace System.Threading is not flagged)
    [InlineData(@"\bTask\.Run\b")]
    [InlineData(@"\bParallel\.")]
    public void PluginSources_ForbiddenToken_Absent(string pattern)
    {
        var offenders = PluginSources().Where(file => Regex.IsMatch(File.ReadAllText(file), pattern)).ToList();

        Assert.True(offenders.Count == 0, $"{pattern} found in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void PluginSources_OperationCreatedOn_ReadOnlyByExecutionClock()
    {
        var readers = PluginSources()
            .Where(file => File.ReadAllText(file).Contains("OperationCreatedOn", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Equal(["ExecutionClock.cs"], readers);
    }

    [Fact]
    public void PluginSources_Enumerated_IncludeThePluginBase()
    {
        Assert.Contains(PluginSources(), file => file.EndsWith("PluginBase.cs", StringComparison.Ordinal));
    }

    private static IEnumerable<string> PluginSources()
    {
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(RepositoryPaths.PluginsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
    }
}
