using System;
using System.Collections.Generic;

namespace SalesPerf.LocalOrg.Registration;

/// <summary>
/// The classes behind the organisation's plugintype rows, by type name: what the platform loads from the imported
/// assembly's bytes. Per organisation, never static.
/// </summary>
internal sealed class PluginTypeMap
{
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public void Add(Type type) => _types[NameOf(type)] = type;

    public Type? Find(string? typeName) => typeName is not null && _types.TryGetValue(typeName, out var type) ? type : null;

    public static string NameOf(Type type) => type.FullName ?? type.Name;
}
