using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// The deployable plug-in DLL as bytes, with its identity and types read from metadata. The DLL is never loaded:
/// it targets .NET Framework 4.6.2 and binds to the SDK stand-in, neither of which this process may execute.
/// </summary>
public sealed class PluginAssemblyImage
{
    private const string PluginInterfaceNamespace = "Microsoft.Xrm.Sdk";
    private const string PluginInterfaceName = "IPlugin";

    private readonly byte[] bytes;

    private PluginAssemblyImage(byte[] bytes, AssemblyName name, IReadOnlySet<string> definedTypes, IReadOnlyList<string> pluginTypes)
    {
        this.bytes = bytes;
        Name = name.Name ?? "";
        Version = name.Version ?? new Version(0, 0, 0, 0);
        Culture = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName;
        PublicKeyToken = Convert.ToHexStringLower(name.GetPublicKeyToken() ?? []);
        DefinedTypes = definedTypes;
        PluginTypes = pluginTypes;
    }

    public string Name { get; }
    public Version Version { get; }
    public string Culture { get; }

    /// <summary>Sixteen lower-case hex digits; empty when the assembly is not strong-name signed.</summary>
    public string PublicKeyToken { get; }

    /// <summary>"Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=…", as PluginAssembly/@FullName writes it.</summary>
    public string FullName => string.Format(
        CultureInfo.InvariantCulture, "{0}, Version={1}, Culture={2}, PublicKeyToken={3}",
        Name, Version.ToString(4), Culture, PublicKeyToken.Length == 0 ? "null" : PublicKeyToken);

    /// <summary>Full names (Namespace.Type, nested types as Outer+Inner) of every type the DLL defines.</summary>
    public IReadOnlySet<string> DefinedTypes { get; }

    /// <summary>Concrete classes that implement Microsoft.Xrm.Sdk.IPlugin, directly or through a base class of the DLL, ordered.</summary>
    public IReadOnlyList<string> PluginTypes { get; }

    public ReadOnlyMemory<byte> Bytes => bytes;

    public static PluginAssemblyImage Read(string path) => Read(File.ReadAllBytes(path));

    /// <exception cref="BadImageFormatException">The bytes are not a .NET assembly.</exception>
    public static PluginAssemblyImage Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var copy = bytes.ToArray();
        using var pe = new PEReader(new MemoryStream(copy, writable: false));
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.");
        }

        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
        {
            throw new BadImageFormatException("The file is a module, not an assembly.");
        }

        var names = new Dictionary<TypeDefinitionHandle, string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            names[handle] = TypeFullName(reader, handle);
        }

        var plugins = reader.TypeDefinitions
            .Where(handle => IsConcreteClass(reader.GetTypeDefinition(handle)) && ImplementsPlugin(reader, handle, 0))
            .Select(handle => names[handle])
            .Order(StringComparer.Ordinal)
            .ToList();

        return new PluginAssemblyImage(
            copy,
            reader.GetAssemblyDefinition().GetAssemblyName(),
            names.Values.Where(n => n != "<Module>").ToHashSet(StringComparer.Ordinal),
            plugins.AsReadOnly());
    }

    private static bool IsConcreteClass(TypeDefinition type) =>
        (type.Attributes & (TypeAttributes.Interface | TypeAttributes.Abstract)) == 0;

    private static bool ImplementsPlugin(MetadataReader reader, TypeDefinitionHandle handle, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        var type = reader.GetTypeDefinition(handle);
        foreach (var implementation in type.GetInterfaceImplementations())
        {
            var @interface = reader.GetInterfaceImplementation(implementation).Interface;
            if (@interface.Kind == HandleKind.TypeReference)
            {
                var reference = reader.GetTypeReference((TypeReferenceHandle)@interface);
                if (reader.StringComparer.Equals(reference.Namespace, PluginInterfaceNamespace) &&
                    reader.StringComparer.Equals(reference.Name, PluginInterfaceName))
                {
                    return true;
                }
            }
        }

        return !type.BaseType.IsNil && type.BaseType.Kind == HandleKind.TypeDefinition &&
               ImplementsPlugin(reader, (TypeDefinitionHandle)type.BaseType, depth + 1);
    }

    private static string TypeFullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeFullName(reader, declaring) + "+" + name;
        }

        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
