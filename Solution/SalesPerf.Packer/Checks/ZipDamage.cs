using System;
using System.Buffers.Binary;
using System.Text;

namespace SalesPerf.Packer.Checks;

/// <summary>
/// Finds where a zip that <see cref="System.IO.Compression.ZipArchive"/> cannot open is broken, by walking its local
/// file headers from the start (APPNOTE 4.3.7): the entry whose data runs past the end of the file, else the central
/// directory after the last complete entry. Null when the bytes do not start like a zip at all.
/// </summary>
public static class ZipDamage
{
    private const uint LocalHeader = 0x04034b50;
    private const int LocalHeaderLength = 30;
    private const int DataDescriptorFlag = 0x08;

    public static BrokenEntry? Locate(ReadOnlySpan<byte> zip)
    {
        var offset = 0;
        string? lastComplete = null;
        while (offset + 4 <= zip.Length && BinaryPrimitives.ReadUInt32LittleEndian(zip[offset..]) == LocalHeader)
        {
            if (offset + LocalHeaderLength > zip.Length)
            {
                return new BrokenEntry(lastComplete ?? "(first entry)", "the zip ends inside the header of the entry after this one; the file is truncated.");
            }

            var flags = BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 6)..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(zip[(offset + 18)..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 26)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip[(offset + 28)..]);
            var nameEnd = Math.Min(zip.Length, offset + LocalHeaderLength + nameLength);
            var name = Encoding.UTF8.GetString(zip[(offset + LocalHeaderLength)..nameEnd]);
            var dataStart = (long)offset + LocalHeaderLength + nameLength + extraLength;
            if ((flags & DataDescriptorFlag) != 0)
            {
                // The size follows the data: the entry ends where the next header starts.
                var next = NextHeader(zip, (int)Math.Min(dataStart, zip.Length));
                if (next < 0)
                {
                    return new BrokenEntry(name, "the zip ends inside this entry; the file is truncated.");
                }

                offset = next;
            }
            else
            {
                var dataEnd = dataStart + compressed;
                if (dataEnd > zip.Length)
                {
                    return new BrokenEntry(name, $"the zip ends inside this entry ({zip.Length - Math.Min(dataStart, zip.Length)} of {compressed} compressed bytes present); the file is truncated.");
                }

                offset = (int)dataEnd;
            }

            lastComplete = name;
        }

        return lastComplete is null
            ? null
            : new BrokenEntry(lastComplete, "the zip's central directory after this entry is missing or damaged; the file is truncated or not a complete zip.");
    }

    private static int NextHeader(ReadOnlySpan<byte> zip, int from)
    {
        ReadOnlySpan<byte> signatures = [0x50, 0x4b];
        for (var i = from; i + 4 <= zip.Length; i++)
        {
            if (zip[i..].StartsWith(signatures) && ((zip[i + 2] == 3 && zip[i + 3] == 4) || (zip[i + 2] == 1 && zip[i + 3] == 2)))
            {
                return i;
            }
        }

        return -1;
    }
}
