using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Attainment;

/// <summary>
/// The start shared by the source-row steps: an Update the platform raises inside another message on the same table
/// stands aside (that message's own step recomputes), and a SetState pair recomputes a record once per execution.
/// </summary>
internal static class SourceStepGuard
{
    public static bool ShouldRecompute(LocalPluginContext context, string table, string standAsideTrace, params string[] enclosingMessages)
    {
        if (context.Context.MessageName == MessageNames.Update && PlatformNesting.IsInside(context.Context, table, enclosingMessages))
        {
            context.Trace(standAsideTrace);
            return false;
        }

        return AttainmentRun.FirstTimeInExecution(context, table, context.Context.PrimaryEntityId);
    }
}
