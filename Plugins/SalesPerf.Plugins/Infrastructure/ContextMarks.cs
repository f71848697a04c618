using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// The one type for the marks SalesPerf leaves in a context's <c>SharedVariables</c>: set on the current context (for a
/// scope, or for the rest of the execution), found up the <c>ParentContext</c> chain, or checked once per execution. A
/// child pipeline sees its caller's shared variables only through <c>ParentContext</c> (semantics doc 1.4), which is why
/// marks meant for nested operations are searched there and never in the child's own collection.
/// </summary>
/// <remarks>
/// Engine writes: a write counts as the engine's only when (1) <c>Depth</c> &gt; 1, so a top-level request from a user,
/// an import or an integration never does, and (2) some context up the <c>ParentContext</c> chain carries the mark
/// <see cref="EngineWrite"/> whose value is the full name of a SalesPerf plug-in type in this assembly. A caller
/// cannot forge it: the caller-injected <c>tag</c> parameter lands under the key <c>tag</c>, and a value on the
/// context itself (where a caller's shared variables would arrive) is not looked at.
/// </remarks>
public static class ContextMarks
{
    /// <summary>Set by the engine for the span of its writes; its value is the writing plug-in's type name.</summary>
    public const string EngineWrite = "spm_EngineWrite";

    /// <summary>Set by an operation that writes many targets of one family and recomputes them once at its end; its value is the family's id.</summary>
    public const string RecomputeLater = "spm_RecomputeLater";

    private const string EnteredPrefix = "spm_Entered|";
    private const string OncePrefix = "spm_Once|";

    private static readonly IReadOnlyCollection<string> EnginePluginTypeNames =
        typeof(PluginBase).Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && typeof(PluginBase).IsAssignableFrom(type))
            .Select(type => type.FullName ?? type.Name)
            .ToList()
            .AsReadOnly();

    /// <summary>Sets <paramref name="mark"/> to <paramref name="value"/> on the context until the returned scope is disposed.</summary>
    public static IDisposable Scope(IPluginExecutionContext context, string mark, string value)
    {
        Require(context).SharedVariables[mark] = value;
        return new Removal(context.SharedVariables, mark);
    }

    /// <summary>True when a context up the <c>ParentContext</c> chain (not the context itself) carries <paramref name="mark"/> with a value <paramref name="matches"/> accepts.</summary>
    public static bool Above(IPluginExecutionContext context, string mark, Func<object?, bool> matches)
    {
        if (matches is null)
        {
            throw new ArgumentNullException(nameof(matches));
        }

        for (var ancestor = Require(context).ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (ancestor.SharedVariables is not null && ancestor.SharedVariables.TryGetValue(mark, out var value) && matches(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True the first time it is asked for <paramref name="key"/> in this execution (the context's own shared variables); marks it.</summary>
    public static bool Once(IPluginExecutionContext context, string key)
    {
        var variables = Require(context).SharedVariables;
        var mark = OncePrefix + key;
        if (variables.ContainsKey(mark))
        {
            return false;
        }

        variables[mark] = true;
        return true;
    }

    /// <summary>Marks the writes <paramref name="pluginType"/> makes as the engine's until the returned scope is disposed.</summary>
    public static IDisposable BeginEngineWrites(IPluginExecutionContext context, Type pluginType) =>
        Scope(context, EngineWrite, (pluginType ?? throw new ArgumentNullException(nameof(pluginType))).FullName ?? pluginType.Name);

    /// <summary>True when the operation in <paramref name="context"/> was sent by the SalesPerf engine (see remarks).</summary>
    public static bool IsEngineWrite(IPluginExecutionContext context) =>
        Require(context).Depth > 1
        && Above(context, EngineWrite, value => value is string typeName && EnginePluginTypeNames.Contains(typeName, StringComparer.Ordinal));

    /// <summary>Marks a family of targets as recomputed at the end of the operation until the scope is disposed.</summary>
    public static IDisposable DeferRecompute(IPluginExecutionContext context, Guid familyId) =>
        Scope(context, RecomputeLater, familyId.ToString("D"));

    /// <summary>True when an enclosing operation recomputes the family <paramref name="familyId"/> itself at its end.</summary>
    public static bool IsRecomputeDeferred(IPluginExecutionContext context, Guid familyId)
    {
        var id = familyId.ToString("D");
        return Above(context, RecomputeLater, value => string.Equals(value as string, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Marks the step as entered for its row for the rest of the execution, and says whether an enclosing operation
    /// already entered the same step (plug-in type, message, stage) for the same row: a re-entry by the step's own
    /// writes. A Create before stage 20 has no id yet, and one row cannot be created twice: never a re-entry.
    /// </summary>
    public static bool EnterStep(IPluginExecutionContext context, StepRegistration step)
    {
        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        if (Require(context).PrimaryEntityId == Guid.Empty)
        {
            return false;
        }

        var key = string.Format(
            CultureInfo.InvariantCulture,
            "{0}{1}|{2}|{3}|{4:D}",
            EnteredPrefix,
            step.PluginType.FullName,
            context.MessageName,
            context.Stage,
            context.PrimaryEntityId);
        if (Above(context, key, _ => true))
        {
            return true;
        }

        context.SharedVariables[key] = true;
        return false;
    }

    private static IPluginExecutionContext Require(IPluginExecutionContext context) =>
        context ?? throw new ArgumentNullException(nameof(context));

    private sealed class Removal(ParameterCollection sharedVariables, string mark) : IDisposable
    {
        public void Dispose() => sharedVariables.Remove(mark);
    }
}
