using System;
using System.Collections.Generic;
using System.IO;
using SalesPerf.Packer;

namespace SalesPerf.Demo.Running;

/// <summary>Packs the managed and unmanaged zips with the packer, from the Release (else Debug) net462 plug-in build.</summary>
internal static class SolutionPacking
{
    public static (IReadOnlyList<string> Paths, string? Note) Pack(string outputFolder)
    {
        var notes = new List<string>();
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                try
                {
                    var input = PackInput.FromRepository(start, managed: true, configuration);
                    return (SolutionPacker.PackBoth(input, outputFolder), configuration == "Release" ? null : "Packed from the Debug plug-in build.");
                }
                catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or PackException or InvalidOperationException)
                {
                    notes.Add($"{configuration}: {error.Message}");
                }
            }
        }

        return ([], "Not packed: " + string.Join(" | ", notes));
    }
}
