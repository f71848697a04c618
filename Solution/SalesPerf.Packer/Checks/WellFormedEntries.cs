using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace SalesPerf.Packer.Checks;

/// <summary>Every .xml entry of the zip parses as XML; a failure names the entry first.</summary>
public static class WellFormedEntries
{
    public static IEnumerable<CheckFailure> Check(SolutionPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        foreach (var entry in package.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            var error = ParseError(entry);
            if (error is not null)
            {
                yield return new CheckFailure(ZipLayoutCheck.RuleName, "the entry is not well-formed XML: " + error) { Entry = entry.Name };
            }
        }
    }

    private static string? ParseError(PackageEntry entry)
    {
        try
        {
            using var stream = new MemoryStream(entry.Content.ToArray(), writable: false);
            XDocument.Load(stream);
            return null;
        }
        catch (XmlException exception)
        {
            return exception.Message;
        }
    }
}
