using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// How the SalesPerf engine marks its own writes to computed columns, and how validators recognise them.
/// </summary>
/// <remarks>
/// The rule: a write counts as the engine's only when (1) <c>Depth</c> &gt; 1, so a top-level request from a user,
/// an import or an integration never does, and (2) some context up the <c>ParentContext</c> chain carries the shared
/// variable <see cref="SharedVariableKey"/> whose value is the full name of a SalesPerf plug-in type in this assembly.
/// The engine sets that variable on its own context only for the span of its writes (<see cref="Begin"/>), and sends
/// them through the SYSTEM service (<c>CreateOrganizationService(null)</c>) so users need no write privilege on them.
/// A shared variable set by a caller is not visible in the child pipeline's own <c>SharedVariables</c>, only through
/// <c>ParentContext</c> (semantics doc 1.4), which is why the whole chain is searched. The caller-injected <c>tag</c>
/// parameter cannot forge it: it lands under the key <c>tag</c>.
/// </remarks>
public static class EngineWrites
{
    public const string SharedVariableKey = "spm_EngineWrite";

    private static readonly IReadOnlyCollection<string> EnginePluginTypeNames =
        typeof(PluginBase).Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(PluginBase).IsAssignableFrom(type))
            .Select(type => type.FullName ?? type.Name)
            .ToList()
            .AsReadOnly();

    /// <summary>Marks the writes <paramref name="pluginType"/> makes until the returned scope is disposed.</summary>
    public static IDisposable Begin(IPluginExecutionContext context, Type pluginType)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (pluginType is null)
        {
            throw new ArgumentNullException(nameof(pluginType));
        }

        context.SharedVariables[SharedVariableKey] = pluginType.FullName;
        return new Scope(context.SharedVariables);
    }

    /// <summary>True when the operation in <paramref name="context"/> was sent by the SalesPerf engine (see remarks).</summary>
    public static bool IsEngineWrite(IPluginExecutionContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (context.Depth <= 1)
        {
            return false;
        }

        for (var ancestor = context.ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (ancestor.SharedVariables is not null
                && ancestor.SharedVariables.TryGetValue(SharedVariableKey, out var marker)
                && marker is string typeName
                && EnginePluginTypeNames.Contains(typeName, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Scope(ParameterCollection sharedVariables) : IDisposable
    {
        public void Dispose() => sharedVariables.Remove(SharedVariableKey);
    }
}
