using System;
using System.IO;

namespace SalesPerf.SdkConformance.Locating;

/// <summary>Where the repository keeps the built stand-in, the built plugin assembly and the test summaries.</summary>
public static class RepoPaths
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFileName = "SalesPerf.Plugins.sln";

    /// <summary>The nearest directory at or above <paramref name="startDirectory"/> that holds the solution file.</summary>
    public static string FindRoot(string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFileName} found at or above {startDirectory}.");
    }

    /// <summary>The build configuration of an output folder laid out as <c>…/bin/&lt;Configuration&gt;/&lt;tfm&gt;/</c>.</summary>
    public static string ConfigurationOf(string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(outputDirectory);
        var tfmDirectory = new DirectoryInfo(outputDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return tfmDirectory.Parent?.Name ?? throw new DirectoryNotFoundException($"{outputDirectory} is not a bin/<Configuration>/<tfm> folder.");
    }

    /// <summary><c>Xrm/Microsoft.Xrm.Sdk/bin/&lt;configuration&gt;/&lt;tfm&gt;/Microsoft.Xrm.Sdk.dll</c>.</summary>
    public static string StandIn(string root, string configuration, string targetFramework) =>
        Path.Combine(root, "Xrm", "Microsoft.Xrm.Sdk", "bin", configuration, targetFramework, "Microsoft.Xrm.Sdk.dll");

    /// <summary><c>Plugins/SalesPerf.Plugins/bin/&lt;configuration&gt;/net462/SalesPerf.Plugins.dll</c>, the deployable plugin assembly.</summary>
    public static string DeployablePlugin(string root, string configuration) =>
        Path.Combine(root, "Plugins", "SalesPerf.Plugins", "bin", configuration, "net462", "SalesPerf.Plugins.dll");

    /// <summary><c>artifacts/test-results/sdk-conformance.summary.txt</c>, which <c>./test.sh</c> prints at the end.</summary>
    public static string Summary(string root) =>
        Path.Combine(root, "artifacts", "test-results", "sdk-conformance.summary.txt");
}
