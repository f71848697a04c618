using System;
using System.IO;
using SalesPerf.SdkConformance.Locating;

namespace SalesPerf.Sdk.Tests.Support;

/// <summary>The built artefacts the tests check, found from the test's own output folder (bin/&lt;Configuration&gt;/net10.0).</summary>
internal static class TestPaths
{
    public static string RepoRoot => RepoPaths.FindRoot(AppContext.BaseDirectory);

    public static string Configuration => RepoPaths.ConfigurationOf(AppContext.BaseDirectory);

    /// <summary>The net10.0 stand-in copied next to the test assembly.</summary>
    public static string StandInNet10 => Path.Combine(AppContext.BaseDirectory, "Microsoft.Xrm.Sdk.dll");

    /// <summary>The net462 stand-in, built by the same configuration.</summary>
    public static string StandInNet462 => RepoPaths.StandIn(RepoRoot, Configuration, "net462");

    /// <summary>The deployable net462 plugin assembly, built by the same configuration.</summary>
    public static string DeployablePlugin => RepoPaths.DeployablePlugin(RepoRoot, Configuration);

    /// <summary>The path, after asserting that the file was built.</summary>
    public static string Built(string path)
    {
        Assert.True(File.Exists(path), $"{path} has not been built; build the solution first (./test.sh does).");
        return path;
    }
}
