using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>Every .xml entry of the zip parses as XML; a failure names the entry first.</summary>
public static class WellFormedEntries
{
    public static IEnumerable<CheckFailure> Check(SolutionPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        foreach (var entry in package.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            if (entry.ParseXml(out var error) is null)
            {
                yield return new CheckFailure(ZipLayoutCheck.RuleName, "the entry is not well-formed XML: " + error) { Entry = entry.Name };
            }
        }
    }
}
