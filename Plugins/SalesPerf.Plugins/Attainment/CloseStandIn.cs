using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// Decides, for an Update, SetState or SetStateDynamicEntity step of a row that a close message (Win, Lose,
/// FulfillSalesOrder, CancelSalesOrder) may change, whether it handles its own change, stands aside for the enclosing
/// message's step, or stands in for a close step the package leaves out (the step's <see cref="StepConfiguration"/>
/// names it). A close is stood in for once per plug-in: the mark sits in the close's shared variables, so a second
/// nested operation of the same close (should the platform raise both Update and SetState) stands aside.
/// </summary>
public static class CloseStandIn
{
    private const string DoneKeyPrefix = "spm_CloseStoodIn|";

    /// <param name="otherEnclosing">Messages besides the closes whose nested Update stands aside (Assign, SetState …).</param>
    public static NestedDecision Decide(LocalPluginContext context, string table, params string[] otherEnclosing)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var message = context.Context.MessageName;
        if (!StepConfiguration.NestedMessages.Contains(message, StringComparer.Ordinal))
        {
            return new NestedDecision(NestedRole.Own, null);
        }

        // Only an Update stands aside for Assign or SetState; a SetState step is itself the state change they make.
        IEnumerable<string> enclosing = StepConfiguration.CloseMessages;
        if (message == MessageNames.Update)
        {
            enclosing = enclosing.Concat(otherEnclosing ?? []);
        }

        var ancestor = PlatformNesting.Enclosing(context.Context, table, enclosing.ToArray());
        if (ancestor is null)
        {
            return new NestedDecision(NestedRole.Own, null);
        }

        var close = ancestor.MessageName;
        if (!context.Configuration.HasNoStep(close))
        {
            context.Trace("{0} raised inside {1} of the same {2}; that message's step recomputes.", message, close, table);
            return new NestedDecision(NestedRole.StandAside, close);
        }

        var key = DoneKeyPrefix + (context.Step.PluginType.FullName ?? context.Step.PluginType.Name) + "|" + close + "|" + context.Context.PrimaryEntityId.ToString("D");
        if (ancestor.SharedVariables is not null)
        {
            if (ancestor.SharedVariables.ContainsKey(key))
            {
                context.Trace("{0} of this {1} was already handled inside it; standing aside.", close, table);
                return new NestedDecision(NestedRole.StandAside, close);
            }

            ancestor.SharedVariables[key] = true;
        }

        context.Trace("{0} raised inside {1}, which has no step of its own in this registration; doing the {1} step's work.", message, close);
        return new NestedDecision(NestedRole.StandIn, close);
    }
}
