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
    private SolutionPackage(IReadOnlyList<PackageEntry> entries, SolutionMetadata? knownTables)
    {
        Entries = entries;
        KnownTables = knownTables;
        Customizations = TryParse(SolutionPacker.CustomizationsEntry, out var customizationsError);
        CustomizationsError = customizationsError;
        Manifest = TryParse(SolutionPacker.SolutionEntry, out var manifestError);
        ManifestError = manifestError;
    }

    public IReadOnlyList<PackageEntry> Entries { get; }

    /// <summary>The platform tables a step or view may name besides the package's own (normally the solution source).</summary>
    public SolutionMetadata? KnownTables { get; }

    public XDocument? Customizations { get; }
    public string? CustomizationsError { get; }
    public XDocument? Manifest { get; }
    public string? ManifestError { get; }

    public PackageEntry? Entry(string name) => Entries.FirstOrDefault(e => e.Name == name);

    public static SolutionPackage Open(byte[] zip, SolutionMetadata? knownTables)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        var entries = archive.Entries.Select(entry =>
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return new PackageEntry(entry.FullName, buffer.ToArray());
        }).ToList();
        return new SolutionPackage(entries, knownTables);
    }

    /// <summary>
    /// The columns of a table: a table the package defines whole by its own attributes; a platform table by the known
    /// platform columns plus the ones the package adds; null when the table is unknown.
    /// </summary>
    public IReadOnlySet<string>? ColumnsOf(string tableLogicalName)
    {
        var entity = Customizations?.Root?.Element("Entities")?.Elements("Entity")
            .FirstOrDefault(e => string.Equals(e.Element("Name")?.Value, tableLogicalName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(e.Element("Name")?.Value, SchemaNames.Table(tableLogicalName), StringComparison.Ordinal));
        var columns = new HashSet<string>(StringComparer.Ordinal);
        if (entity is not null)
        {
            foreach (var name in entity.Descendants("attributes").Elements("attribute").Select(a => a.Element("LogicalName")?.Value).OfType<string>())
            {
                columns.Add(name);
            }
        }

        // A table the package defines whole is judged by the package alone; a platform table also has its own columns.
        var definedWhole = entity?.Element("EntityInfo")?.Element("entity")?.Element("EntitySetName") is not null;
        if (definedWhole)
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

    private XDocument? TryParse(string entryName, out string? error)
    {
        error = null;
        var entry = Entry(entryName);
        if (entry is null)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(entry.Content.ToArray(), writable: false);
            return XDocument.Load(stream, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            error = exception.Message;
            return null;
        }
    }
}
