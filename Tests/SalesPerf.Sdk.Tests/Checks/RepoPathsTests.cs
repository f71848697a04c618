using System.IO;
using SalesPerf.SdkConformance.Locating;

namespace SalesPerf.Sdk.Tests.Checks;

public sealed class RepoPathsTests
{
    [Fact]
    public void ConfigurationOf_TestOutputFolder_IsTheFolderAboveTheTargetFramework()
    {
        var folder = Path.Combine("repo", "Tests", "X", "bin", "Release", "net10.0") + Path.DirectorySeparatorChar;

        Assert.Equal("Release", RepoPaths.ConfigurationOf(folder));
    }

    [Fact]
    public void FindRoot_FromTestOutput_FindsTheSolutionFolder()
    {
        var root = RepoPaths.FindRoot(System.AppContext.BaseDirectory);

        Assert.True(File.Exists(Path.Combine(root, RepoPaths.SolutionFileName)));
    }
}
