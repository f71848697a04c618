using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace SalesPerf.Packer.Tests.Infrastructure;

/// <summary>The two zips packed once from the real source, and helpers to read and alter copies of a zip.</summary>
internal static class Packages
{
    private static readonly Lazy<byte[]> ManagedZip = new(() => SolutionPacker.Pack(Repository.Input(managed: true)));
    private static readonly Lazy<byte[]> UnmanagedZip = new(() => SolutionPacker.Pack(Repository.Input(managed: false)));

    public static byte[] Managed => ManagedZip.Value;
    public static byte[] Unmanaged => UnmanagedZip.Value;

    public static IReadOnlyList<string> EntryNames(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Select(e => e.FullName).ToList();
    }

    public static byte[] Entry(byte[] zip, string name)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entry = archive.GetEntry(name) ?? throw new InvalidOperationException($"No entry {name}.");
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static XDocument Xml(byte[] zip, string name) => XDocument.Parse(Encoding.UTF8.GetString(Entry(zip, name)).TrimStart('\uFEFF'));

    private static readonly Lazy<XElement> ManagedCustomizations = new(() => Xml(Managed, "customizations.xml").Root!);

    /// <summary>customizations.xml of <paramref name="zip"/>; the managed one is parsed once and must not be edited.</summary>
    public static XElement Customizations(byte[] zip) =>
        ReferenceEquals(zip, Managed) ? ManagedCustomizations.Value : Xml(zip, "customizations.xml").Root!;

    public static XElement Manifest(byte[] zip) => Xml(zip, "solution.xml").Root!.Element("SolutionManifest")!;

    /// <summary>A copy of <paramref name="zip"/> with entries replaced, added (name not present) or removed (null content).</summary>
    public static byte[] With(byte[] zip, IReadOnlyDictionary<string, byte[]?> changes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var content = changes.TryGetValue(entry.FullName, out var replacement) ? replacement : Entry(zip, entry.FullName);
                if (content is not null)
                {
                    Write(target, entry.FullName, content);
                }
            }

            foreach (var (name, content) in changes.Where(c => c.Value is not null && source.GetEntry(c.Key) is null))
            {
                Write(target, name, content!);
            }
        }

        return output.ToArray();
    }

    /// <summary>A copy whose customizations.xml went through <paramref name="edit"/>, serialised as the packer does.</summary>
    public static byte[] WithCustomizations(byte[] zip, Action<XElement> edit)
    {
        var root = new XElement(Customizations(zip));
        edit(root);
        return With(zip, new Dictionary<string, byte[]?> { ["customizations.xml"] = Packaging.ExportXml.Serialize(root, finalNewLine: true) });
    }

    private static void Write(ZipArchive archive, string name, byte[] content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(content);
    }
}
