using System.IO;
using SalesPerf.Packer.Sources;
using SalesPerf.Packer.Tests.Infrastructure;
using SalesPerf.Plugins.Setup;

namespace SalesPerf.Packer.Tests;

/// <summary>spm_CompleteSetup adds its steps to the solution by unique name: the one in Solution/solution.json.</summary>
public sealed class SetupSolutionNameTests
{
    [Fact]
    public void CompleteSetupSolutionUniqueName_IsTheManifestsUniqueName()
    {
        var manifest = SolutionManifestReader.Load(Path.Combine(Repository.Root, "Solution"));

        Assert.Equal(CompleteSetupPlugin.SolutionUniqueName, manifest.UniqueName);
    }
}
