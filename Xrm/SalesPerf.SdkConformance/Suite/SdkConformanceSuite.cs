using System;
using System.Collections.Generic;
using SalesPerf.SdkConformance.Checks;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Locating;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Suite;

/// <summary>Runs every SDK check on a built repository, for the <c>spm</c> CLI: stand-in conformance and identity (net462, net10.0), plugin references, deployability.</summary>
public static class SdkConformanceSuite
{
    /// <summary>The stand-in's target frameworks.</summary>
    public static IReadOnlyList<string> StandInTargetFrameworks { get; } = ["net462", "net10.0"];

    /// <summary>Runs all checks against the builds of <paramref name="configuration"/> under <paramref name="repoRoot"/>.</summary>
    public static IReadOnlyList<CheckReport> Run(string repoRoot, string configuration)
    {
        var listing = ApiListing.LoadEmbedded();
        var reports = new List<CheckReport>();
        foreach (var tfm in StandInTargetFrameworks)
        {
            var surface = SurfaceReader.Read(RepoPaths.StandIn(repoRoot, configuration, tfm));
            reports.Add(StandInConformance.Check(surface, listing, $"stand-in ({tfm})"));
            reports.Add(IdentityChecker.Check(surface.Identity, listing, $"stand-in ({tfm})"));
        }

        var plugin = RepoPaths.DeployablePlugin(repoRoot, configuration);
        reports.Add(PluginReferenceChecker.Check(plugin, listing));
        reports.Add(DeployabilityChecker.Check(plugin).ToCheckReport());
        return reports;
    }

    /// <summary>One line per report, <c>NAME: N WHAT checked, M violations</c>, followed by the violations indented.</summary>
    public static IEnumerable<string> Describe(IEnumerable<CheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        foreach (var report in reports)
        {
            yield return report.Summary;
            foreach (var violation in report.Violations)
            {
                yield return "  " + violation;
            }
        }
    }
}
