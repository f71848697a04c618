using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// What a declared <see cref="StepNesting"/> means at run time: whether the step, raised inside another message of
/// the same row, stands aside for that message's own step. Whether the platform raises a nested Update or SetState
/// inside Win, Lose, FulfillSalesOrder, CancelSalesOrder or QualifyLead is not verified (semantics doc 10); SalesPerf
/// registers on the close messages themselves (QualifyLead closes a lead as Win closes an opportunity), and the nested step (if the platform raises one) stands aside, so each change is
/// handled exactly once either way.
/// </summary>
public sealed class NestingPolicy
{
    private static readonly string[] Closes =
        [MessageNames.Win, MessageNames.Lose, MessageNames.FulfillSalesOrder, MessageNames.CancelSalesOrder, MessageNames.QualifyLead];

    private static readonly string[] StateChanges = [MessageNames.SetState, MessageNames.SetStateDynamicEntity];

    private readonly IReadOnlyList<string> updateStandsAsideInside;
    private readonly IReadOnlyList<string> stateChangeStandsAsideInside;
    private readonly bool stateChangeOncePerExecution;

    private NestingPolicy(string[] updateStandsAsideInside, string[] stateChangeStandsAsideInside, bool stateChangeOncePerExecution)
    {
        this.updateStandsAsideInside = Array.AsReadOnly(updateStandsAsideInside);
        this.stateChangeStandsAsideInside = Array.AsReadOnly(stateChangeStandsAsideInside);
        this.stateChangeOncePerExecution = stateChangeOncePerExecution;
    }

    public static NestingPolicy Always { get; } = new([], [], false);

    public static NestingPolicy StandsAsideInsideRowMessages { get; } =
        new([.. Closes, MessageNames.Assign, .. StateChanges], Closes, true);

    public static NestingPolicy StandsAsideInsideStateChange { get; } = new(StateChanges, [], true);

    public static NestingPolicy Of(StepNesting nesting) => nesting switch
    {
        StepNesting.Always => Always,
        StepNesting.StandsAsideInsideRowMessages => StandsAsideInsideRowMessages,
        StepNesting.StandsAsideInsideStateChange => StandsAsideInsideStateChange,
        _ => throw new ArgumentOutOfRangeException(nameof(nesting), nesting, "Unknown nesting policy."),
    };

    /// <summary>Null when the step runs; otherwise why it stands aside (the caller traces it).</summary>
    public string? StandAsideReason(IPluginExecutionContext context, StepRegistration step)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (step is null)
        {
            throw new ArgumentNullException(nameof(step));
        }

        var message = context.MessageName;
        var isStateChange = StateChanges.Contains(message, StringComparer.Ordinal);
        var enclosing = message == MessageNames.Update ? updateStandsAsideInside
            : isStateChange ? stateChangeStandsAsideInside
            : [];
        var ancestor = Enclosing(context, enclosing);
        if (ancestor is not null)
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} of {1} {2:D} raised inside {3} of the same row; that message's step handles the change, this one stands aside.",
                message, context.PrimaryEntityName, context.PrimaryEntityId, ancestor.MessageName);
        }

        if (isStateChange && stateChangeOncePerExecution && context.PrimaryEntityId != Guid.Empty
            && !ContextMarks.Once(context, (step.PluginType.FullName ?? step.PluginType.Name) + "|" + context.PrimaryEntityName + "|" + context.PrimaryEntityId.ToString("D")))
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "{0} {1:D} was already handled by this plug-in in this state change; standing aside.",
                context.PrimaryEntityName, context.PrimaryEntityId);
        }

        return null;
    }

    /// <summary>The nearest ancestor context of one of <paramref name="messages"/> for the same row, or null.</summary>
    private static IPluginExecutionContext? Enclosing(IPluginExecutionContext context, IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return null;
        }

        for (var ancestor = context.ParentContext; ancestor is not null; ancestor = ancestor.ParentContext)
        {
            if (messages.Contains(ancestor.MessageName, StringComparer.Ordinal)
                && string.Equals(ancestor.PrimaryEntityName, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase)
                && (ancestor.PrimaryEntityId == Guid.Empty || ancestor.PrimaryEntityId == context.PrimaryEntityId))
            {
                return ancestor;
            }
        }

        return null;
    }
}
