using System;
using System.Collections.Generic;
using SalesPerf.SdkConformance.Listing;
using SalesPerf.SdkConformance.Surface;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>Checks that an assembly carries the real SDK's identity: name, version, culture, public key and token.</summary>
public static class IdentityChecker
{
    /// <summary>The facts compared, in order.</summary>
    public static IReadOnlyList<string> FactNames { get; } = ["name", "version", "culture", "public-key", "public-key-token"];

    /// <summary>Compares <paramref name="identity"/> with the listing's <c>assembly ::</c> facts.</summary>
    public static CheckReport Check(AssemblyIdentityFacts identity, ApiListing listing, string subject)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(listing);
        var actual = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["name"] = identity.Name,
            ["version"] = identity.Version,
            ["culture"] = identity.Culture,
            ["public-key"] = identity.PublicKeyHex,
            ["public-key-token"] = identity.PublicKeyToken,
        };
        var violations = new List<string>();
        foreach (var fact in FactNames)
        {
            var expected = listing.AssemblyFact(fact)
                ?? throw new InvalidOperationException($"The listing has no `assembly :: {fact}` fact.");
            if (!string.Equals(actual[fact], expected, StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{subject}: assembly {fact} is `{Show(actual[fact])}`; the real SDK's is `{expected}`");
            }
        }

        return new CheckReport($"{subject} identity", FactNames.Count, "identity facts", violations);
    }

    private static string Show(string value) => value.Length == 0 ? "(none)" : value;
}
