using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace SalesPerf.Packer.Packaging;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: fixed timestamps, the given entry order, and the header
/// fields of a real export (solution-format 1.1: Deflate, flag bit 1, made by 45 on MS-DOS, needs 20, no comment).
/// ZipArchive is not used for writing because it records the host system and the current time.
/// </summary>
public static class DeterministicZip
{
    private const ushort VersionMadeBy = 45;
    private const ushort VersionNeeded = 20;
    private const ushort Flags = 2;
    private const ushort Deflate = 8;

    // 1 January 1980 00:00, the MS-DOS epoch: a constant, so two packs of the same input are byte-identical.
    private const ushort DosTime = 0;
    private const ushort DosDate = (0 << 9) | (1 << 5) | 1;

    public static byte[] Write(IReadOnlyList<ZipEntryContent> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        var central = new List<(ZipEntryContent Entry, uint Crc, uint Compressed, uint Offset)>();

        foreach (var entry in entries)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            var compressed = Compress(entry.Content.Span);
            var crc = Crc32.Compute(entry.Content.Span);
            var offset = checked((uint)output.Position);

            writer.Write(0x04034b50u);
            writer.Write(VersionNeeded);
            writer.Write(Flags);
            writer.Write(Deflate);
            writer.Write(DosTime);
            writer.Write(DosDate);
            writer.Write(crc);
            writer.Write(checked((uint)compressed.Length));
            writer.Write(checked((uint)entry.Content.Length));
            writer.Write(checked((ushort)name.Length));
            writer.Write((ushort)0);
            writer.Write(name);
            writer.Write(compressed);
            central.Add((entry, crc, (uint)compressed.Length, offset));
        }

        var centralStart = checked((uint)output.Position);
        foreach (var (entry, crc, compressedLength, offset) in central)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            writer.Write(0x02014b50u);
            writer.Write(VersionMadeBy);
            writer.Write(VersionNeeded);
            writer.Write(Flags);
            writer.Write(Deflate);
            writer.Write(DosTime);
            writer.Write(DosDate);
            writer.Write(crc);
            writer.Write(compressedLength);
            writer.Write(checked((uint)entry.Content.Length));
            writer.Write(checked((ushort)name.Length));
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(offset);
            writer.Write(name);
        }

        var centralSize = checked((uint)output.Position - centralStart);
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write(checked((ushort)central.Count));
        writer.Write(checked((ushort)central.Count));
        writer.Write(centralSize);
        writer.Write(centralStart);
        writer.Write((ushort)0);
        writer.Flush();
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return buffer.ToArray();
    }
}
