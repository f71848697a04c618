using System;
using System.Security.Cryptography;
using System.Text;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// The fixed id of a step image: a name-based UUID (RFC 4122 section 4.3, version 5, SHA-1) whose namespace is the
/// step's declared id and whose name is the image's entity alias in UTF-8. The same step and alias always give the
/// same id, in every organisation, so running setup again finds the image instead of adding a second one.
/// </summary>
public static class StepImageIds
{
    public static Guid For(Guid stepId, string entityAlias)
    {
        if (entityAlias is null)
        {
            throw new ArgumentNullException(nameof(entityAlias));
        }

        var namespaceBytes = NetworkOrder(stepId.ToByteArray());
        var name = Encoding.UTF8.GetBytes(entityAlias);
        var input = new byte[namespaceBytes.Length + name.Length];
        Buffer.BlockCopy(namespaceBytes, 0, input, 0, namespaceBytes.Length);
        Buffer.BlockCopy(name, 0, input, namespaceBytes.Length, name.Length);

        byte[] hash;
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(input);
        }

        var uuid = new byte[16];
        Array.Copy(hash, uuid, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(NetworkOrder(uuid));
    }

    /// <summary>Swaps the first three fields between Guid's little-endian layout and the RFC's network order (the swap is its own inverse).</summary>
    private static byte[] NetworkOrder(byte[] bytes)
    {
        Array.Reverse(bytes, 0, 4);
        Array.Reverse(bytes, 4, 2);
        Array.Reverse(bytes, 6, 2);
        return bytes;
    }
}
