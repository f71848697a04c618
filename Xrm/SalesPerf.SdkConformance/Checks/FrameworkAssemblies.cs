using System;
using System.Collections.Generic;

namespace SalesPerf.SdkConformance.Checks;

/// <summary>
/// The .NET Framework 4.x assemblies a sandboxed Dataverse plugin may reference (they are in the GAC of every Dataverse worker),
/// with the public key token each is signed with. Anything else must be merged in, not referenced.
/// </summary>
public static class FrameworkAssemblies
{
    /// <summary>The ECMA key token (mscorlib, System, System.Core, …).</summary>
    public const string EcmaToken = "b77a5c561934e089";

    /// <summary>The Microsoft (MSFT) key token (System.Web, System.Security, System.Configuration, …).</summary>
    public const string MicrosoftToken = "b03f5f7f11d50a3a";

    /// <summary>The Microsoft shared key token (System.ServiceModel.Web, System.ComponentModel.DataAnnotations, and Microsoft.Xrm.Sdk).</summary>
    public const string SharedToken = "31bf3856ad364e35";

    /// <summary>The version every .NET Framework 4.x assembly reference carries.</summary>
    public const string FrameworkVersion = "4.0.0.0";

    /// <summary>Allowed framework assembly names and their tokens.</summary>
    public static IReadOnlyDictionary<string, string> Allowed { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mscorlib"] = EcmaToken,
        ["System"] = EcmaToken,
        ["System.Core"] = EcmaToken,
        ["System.Data"] = EcmaToken,
        ["System.Data.DataSetExtensions"] = EcmaToken,
        ["System.IdentityModel"] = EcmaToken,
        ["System.Numerics"] = EcmaToken,
        ["System.Runtime.Serialization"] = EcmaToken,
        ["System.ServiceModel"] = EcmaToken,
        ["System.Transactions"] = EcmaToken,
        ["System.Xml"] = EcmaToken,
        ["System.Xml.Linq"] = EcmaToken,
        ["Microsoft.CSharp"] = MicrosoftToken,
        ["System.Configuration"] = MicrosoftToken,
        ["System.DirectoryServices"] = MicrosoftToken,
        ["System.DirectoryServices.AccountManagement"] = EcmaToken,
        ["System.Net.Http"] = MicrosoftToken,
        ["System.Runtime.Caching"] = MicrosoftToken,
        ["System.Security"] = MicrosoftToken,
        ["System.Web"] = MicrosoftToken,
        ["System.ComponentModel.DataAnnotations"] = SharedToken,
        ["System.ServiceModel.Web"] = SharedToken,
    };
}
