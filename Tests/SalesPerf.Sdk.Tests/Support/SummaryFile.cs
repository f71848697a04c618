using System;
using System.IO;
using System.Linq;
using SalesPerf.SdkConformance.Locating;

namespace SalesPerf.Sdk.Tests.Support;

/// <summary>
/// Writes one line per check to artifacts/test-results/sdk-conformance.summary.txt, which ./test.sh prints at the end.
/// A line replaces an earlier one with the same label, so running the tests twice does not repeat it.
/// </summary>
internal static class SummaryFile
{
    private static readonly object Gate = new();

    public static void Write(string label, string text)
    {
        var path = RepoPaths.Summary(TestPaths.RepoRoot);
        var prefix = "SDK conformance, " + label + ": ";
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var lines = File.Exists(path) ? File.ReadAllLines(path).Where(l => !l.StartsWith(prefix, StringComparison.Ordinal)).ToList() : [];
            lines.Add(prefix + text);
            File.WriteAllLines(path, lines.Order(StringComparer.Ordinal));
        }
    }
}
