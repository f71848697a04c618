using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SalesPerf.Packer.Sources;
using SalesPerf.SolutionModel;

namespace SalesPerf.Packer.Checks;

/// <summary>A solution zip opened for the checks: its entries in zip order, the parsed XML parts and the known platform tables.</summary>
public sealed class SolutionPackage
{
    private SolutionPackage(IReadOnlyList<PackageEntry> entries, IReadOnlyList<BrokenEntry> brokenEntries, SolutionMetadata? knownTables, bool strict)
    {
        Entries = entries;
        BrokenEntries = brokenEntries;
        KnownTables = knownTables;
        Strict = strict;
        Customizations = TryParse(SolutionPacker.CustomizationsEntry);
        Manifest = TryParse(SolutionPacker.SolutionEntry);
    }

    /// <summary>The entries that could be read, in zip order.</summary>
    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>Entries whose data could not be read (bad CRC, cut off); the checks report them first.</summary>
    public IReadOnlyList<BrokenEntry> BrokenEntries { get; }

    /// <summary>
    /// Whether the house-style rules run too (<c>spm check --strict</c>): the export order and layout SalesPerf's packer
    /// follows, labels in 1033 and 2052, references that only the source knows. Without it only what an import needs.
    /// </summary>
    public bool Strict { get; }

    /// <summary>The platform tables a step or view may name besides the package's own (normally the solution source).</summary>
    public SolutionMetadata? KnownTables { get; }

    /// <summary>customizations.xml parsed; null when absent or not well-formed (<see cref="WellFormedEntries"/> reports that).</summary>
    public XDocument? Customizations { get; }

    /// <summary>solution.xml parsed; null when absent or not well-formed.</summary>
    public XDocument? Manifest { get; }

    public PackageEntry? Entry(string name) => Entries.FirstOrDefault(e => e.Name == name);

    /// <exception cref="InvalidDataException">The bytes are not a zip the archive reader can open.</exception>
    public static SolutionPackage Open(byte[] zip, SolutionMetadata? knownTables, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = new List<PackageEntry>();
        var broken = new List<BrokenEntry>();
        foreach (var entry in archive.Entries)
        {
            try
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var content = buffer.ToArray();
                if (Packaging.Crc32.Compute(content) != entry.Crc32)
                {
                    broken.Add(new BrokenEntry(entry.FullName, $"the entry fails its CRC check (stored {entry.Crc32:x8}, data {Packaging.Crc32.Compute(content):x8}); the zip is damaged."));
                    continue;
                }

                entries.Add(new PackageEntry(entry.FullName, content));
            }
            catch (InvalidDataException exception)
            {
                broken.Add(new BrokenEntry(entry.FullName, "the entry's data cannot be read (" + exception.Message.TrimEnd('.') + ")."));
            }
        }

        return new SolutionPackage(entries, broken, knownTables, strict);
    }

    /// <summary>Whether <paramref name="table"/> (logical name) is defined whole by the package: a table of its own, not an extension.</summary>
    public bool DefinesWhole(string table) =>
        Entity(table)?.Element("EntityInfo")?.Element("entity")?.Element("EntitySetName") is not null;

    /// <summary>The Entities/Entity of <paramref name="tableLogicalName"/>, or null.</summary>
    public XElement? Entity(string tableLogicalName) =>
        Customizations?.Root?.Element("Entities")?.Elements("Entity")
            .FirstOrDefault(e => string.Equals(e.Element("Name")?.Value, tableLogicalName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.Element("Name")?.Value, SchemaNames.Table(tableLogicalName), StringComparison.Ordinal));

    /// <summary>
    /// The columns of a table: a table the package defines whole by its own attributes; a platform table by the known
    /// platform columns plus the ones the package adds; null when the table is unknown.
    /// </summary>
    public IReadOnlySet<string>? ColumnsOf(string tableLogicalName)
    {
        var entity = Entity(tableLogicalName);
        var columns = new HashSet<string>(StringComparer.Ordinal);
        if (entity is not null)
        {
            foreach (var name in entity.Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")?.Value).OfType<string>())
            {
                columns.Add(name);
            }
        }

        // A table the package defines whole is judged by the package alone; a platform table also has its own columns.
        if (DefinesWhole(tableLogicalName))
        {
            return columns;
        }

        if (KnownTables is not null && KnownTables.TryGetTable(tableLogicalName, out var table) && !table.IsCustom)
        {
            columns.UnionWith(table.Columns.Select(c => c.LogicalName));
        }
        else if (entity is null)
        {
            return null;
        }

        return columns;
    }

    private XDocument? TryParse(string entryName) => Entry(entryName)?.ParseXml(out _);
}
