using System;
using System.IO;
using SalesPerf.Packer;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer.Tests.Infrastructure;

/// <summary>The checkout the tests run in, and the real inputs: solution source and the net462 DLL this test build produced.</summary>
internal static class Repository
{
    public static string Root { get; } = SolutionMetadata.FindRepositoryRoot(AppContext.BaseDirectory);

    /// <summary>The configuration of this test build (bin/&lt;Configuration&gt;/net10.0/), so the net462 DLL of the same build is packed.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static readonly Lazy<PackInput> ManagedInput = new(() => PackInput.FromRepository(AppContext.BaseDirectory, managed: true, Configuration));

    public static PackInput Input(bool managed) => ManagedInput.Value.As(managed);

    public static SolutionMetadata Metadata => ManagedInput.Value.Metadata;

    public static string TestFile(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);
}
