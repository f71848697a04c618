using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace SalesPerf.Cli.Building;

/// <summary>
/// <c>dotnet build Plugins/SalesPerf.Plugins -c CONFIGURATION -f net462</c>: MSBuild rebuilds the DLL when a source is
/// newer and leaves it alone when it is up to date, so <c>spm pack</c> never packs a stale assembly (docs/packaging.md).
/// </summary>
public sealed class DotnetPluginBuild : IPluginBuild
{
    public const string TargetFramework = "net462";

    /// <summary>The project the zip's DLL comes from, relative to the repository root.</summary>
    public static string ProjectPath(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "Plugins", "SalesPerf.Plugins", "SalesPerf.Plugins.csproj");

    /// <summary>The arguments of the <c>dotnet</c> call.</summary>
    public static IReadOnlyList<string> Arguments(string repositoryRoot, string configuration) =>
        ["build", ProjectPath(repositoryRoot), "-c", configuration, "-f", TargetFramework, "-nologo", "-v", "q"];

    public PluginBuildResult Build(string repositoryRoot, string configuration)
    {
        ArgumentNullException.ThrowIfNull(repositoryRoot);
        ArgumentNullException.ThrowIfNull(configuration);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot,
        };
        foreach (var argument in Arguments(repositoryRoot, configuration))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode == 0)
        {
            return PluginBuildResult.Success;
        }

        // MSBuild writes compiler errors to standard output; keep the lines that say what failed.
        var lines = (output + Environment.NewLine + error.Result)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new PluginBuildResult(false, lines.Count == 0 ? $"dotnet build exited with {process.ExitCode}." : string.Join(Environment.NewLine, lines));
    }
}
