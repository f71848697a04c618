using System;
using System.Security.Cryptography;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>The identity of an assembly as metadata states it.</summary>
/// <param name="Name">The simple name.</param>
/// <param name="Version">The assembly version, e.g. <c>9.0.0.0</c>.</param>
/// <param name="Culture">The culture, <c>neutral</c> when empty.</param>
/// <param name="PublicKeyHex">The public key (lower-case hex), empty when there is none.</param>
public sealed record AssemblyIdentityFacts(string Name, string Version, string Culture, string PublicKeyHex)
{
    /// <summary>The public key token: the last 8 bytes of SHA-1(public key), reversed, in lower-case hex; <c>null</c> without a key.</summary>
    public string PublicKeyToken => TokenOf(PublicKeyHex);

    /// <summary>The display name, <c>Name, Version=…, Culture=…, PublicKeyToken=…</c>.</summary>
    public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken}";

    /// <summary>The token of a hex public key, or <c>null</c> for an empty key.</summary>
    public static string TokenOf(string publicKeyHex)
    {
        ArgumentNullException.ThrowIfNull(publicKeyHex);
        if (publicKeyHex.Length == 0)
        {
            return "null";
        }

        var hash = SHA1.HashData(Convert.FromHexString(publicKeyHex));
        var token = hash[^8..];
        Array.Reverse(token);
        return Convert.ToHexStringLower(token);
    }
}
