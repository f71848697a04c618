using System;
using System.IO;

namespace SalesPerf.Sdk.Tests.Support;

/// <summary>A fresh file path for a test-made assembly.</summary>
internal static class TempAssemblyPath
{
    public static string New(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "salesperf-sdk-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".dll");
    }
}
