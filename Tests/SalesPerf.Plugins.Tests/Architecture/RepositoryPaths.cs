using System;
using System.IO;

namespace SalesPerf.Plugins.Tests.Architecture;

/// <summary>Finds the repository root by walking up from the test binaries to SalesPerf.Plugins.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SalesPerf.Plugins.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("SalesPerf.Plugins.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string PluginsFolder => Path.Combine(Root, "Plugins");

    public static string PluginProject => Path.Combine(PluginsFolder, "SalesPerf.Plugins");
}
