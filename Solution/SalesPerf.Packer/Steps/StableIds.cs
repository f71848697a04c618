using System;
using System.Security.Cryptography;
using System.Text;

namespace SalesPerf.Packer.Steps;

/// <summary>
/// Ids of components the source does not give one (plug-in types, step images): derived from a scope id and a name,
/// so every pack writes the same id and a re-import updates the component instead of duplicating it.
/// </summary>
public static class StableIds
{
    /// <summary>A name-based GUID (RFC 9562 version 8 layout over SHA-256 of scope and name).</summary>
    public static Guid Derive(Guid scope, string kind, string name)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        var input = Encoding.UTF8.GetBytes(scope.ToString("D") + "|" + kind + "|" + name);
        var hash = SHA256.HashData(input);
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
