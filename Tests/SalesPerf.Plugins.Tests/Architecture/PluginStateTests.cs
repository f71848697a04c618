using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Infrastructure;

namespace SalesPerf.Plugins.Tests.Architecture;

/// <summary>The platform caches plug-in instances and runs them concurrently: no state may change on them.</summary>
public sealed class PluginStateTests
{
    private static readonly Assembly PluginAssembly = typeof(PluginBase).Assembly;

    [Fact]
    public void PluginTypes_Fields_AreAllReadonly()
    {
        var pluginTypes = PluginAssembly.GetTypes().Where(t => typeof(IPlugin).IsAssignableFrom(t)).ToList();
        Assert.Contains(typeof(PluginBase), pluginTypes);

        var mutable = pluginTypes
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType}.{f.Name}")
            .ToList();

        Assert.True(mutable.Count == 0, "Mutable fields on plug-in types: " + string.Join(", ", mutable));
    }

    [Fact]
    public void PluginAssembly_StaticFields_AreAllReadonly()
    {
        var mutable = PluginAssembly.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && f.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Select(f => $"{f.DeclaringType}.{f.Name}")
            .ToList();

        Assert.True(mutable.Count == 0, "Mutable static fields: " + string.Join(", ", mutable));
    }

    [Fact]
    public void PluginAssembly_References_OnlyTheFrameworkAndTheSdk()
    {
        var references = PluginAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Microsoft.Xrm.Sdk", references);
        Assert.All(references, name => Assert.True(
            name == "Microsoft.Xrm.Sdk" || name == "mscorlib" || name == "netstandard" || name.StartsWith("System", StringComparison.Ordinal),
            $"The plug-in assembly must not reference {name}: Dataverse loads only it and the SDK."));
    }

    [Fact]
    public void PluginAssembly_Identity_IsStrongNamed()
    {
        var token = PluginAssembly.GetName().GetPublicKeyToken();

        Assert.NotNull(token);
        Assert.Equal(8, token.Length);
    }
}
