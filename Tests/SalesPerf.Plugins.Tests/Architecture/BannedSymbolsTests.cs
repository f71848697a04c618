using System;
using System.IO;
using System.Linq;

namespace SalesPerf.Plugins.Tests.Architecture;

/// <summary>
/// The analyzer (RS0030) enforces the list at build time; these tests keep the list itself from losing an entry.
/// </summary>
public sealed class BannedSymbolsTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.PluginProject, "BannedSymbols.txt"))
        .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
        .ToArray();

    [Theory]
    [InlineData("P:System.DateTime.Now")] // time comes from ExecutionClock
    [InlineData("P:System.DateTime.UtcNow")]
    [InlineData("P:System.DateTime.Today")]
    [InlineData("P:System.DateTimeOffset.Now")]
    [InlineData("P:System.DateTimeOffset.UtcNow")]
    [InlineData("T:System.IO.File")] // no file system in the sandbox
    [InlineData("T:System.IO.Directory")]
    [InlineData("T:System.IO.FileStream")]
    [InlineData("T:System.Threading.Thread")] // no work outside the transaction
    [InlineData("T:System.Threading.ThreadPool")]
    [InlineData("T:System.Threading.Tasks.Parallel")]
    [InlineData("M:System.Threading.Tasks.Task.Run(System.Action)")]
    [InlineData("M:System.Threading.Tasks.Task.Run``1(System.Func{``0})")]
    [InlineData("T:System.Console")] // trace instead
    [InlineData("M:System.Environment.GetEnvironmentVariable(System.String)")] // configuration lives in Dataverse
    [InlineData("M:System.Environment.GetEnvironmentVariables")]
    [InlineData("M:System.Environment.SetEnvironmentVariable(System.String,System.String)")]
    [InlineData("T:Microsoft.Xrm.Sdk.Messages.ExecuteMultipleRequest")] // not allowed inside plug-ins
    [InlineData("T:Microsoft.Xrm.Sdk.Messages.ExecuteTransactionRequest")]
    [InlineData("M:System.Random.#ctor")] // unseeded randomness is not repeatable
    public void BannedSymbols_RequiredSymbol_IsListedWithAReason(string documentationId)
    {
        var line = Assert.Single(Lines, l => l.Split(';')[0].Trim() == documentationId);

        var reason = line[(line.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim();
        Assert.True(line.Contains(';', StringComparison.Ordinal) && reason.Length > 20, $"'{documentationId}' needs a reason after ';'.");
    }

    [Fact]
    public void BannedSymbols_EveryEntry_IsADocumentationIdWithAReason()
    {
        Assert.All(Lines, line =>
        {
            Assert.Matches(@"^[TMPFE]:[A-Za-z][\w.`#{}(),]*;.{20,}$", line);
        });
        Assert.Equal(Lines.Length, Lines.Select(l => l.Split(';')[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void PluginProject_BannedSymbols_AreWiredToTheAnalyzer()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.PluginProject, "SalesPerf.Plugins.csproj"));

        Assert.Contains("<AdditionalFiles Include=\"BannedSymbols.txt\" />", project, StringComparison.Ordinal);
        Assert.Contains("Microsoft.CodeAnalysis.BannedApiAnalyzers", project, StringComparison.Ordinal);
    }
}
