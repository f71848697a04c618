using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Plugins.Attainment;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.StaleNumbers;

/// <summary>
/// After a change to what numbers are computed from: the affected targets (with their ChildTargets parents and their
/// scorecards) are recomputed by the attainment engine in this transaction when there are at most
/// <see cref="StaleBudget.MaxInlineTargets"/> and nothing else forces marking; otherwise every one of them and their
/// scorecards are marked with the reason. Either way as SYSTEM inside the engine-write scope.
/// </summary>
public static class StaleRecompute
{
    /// <param name="reason">Built only when rows are marked (it reads the user's name).</param>
    /// <param name="forceMarks">Mark even within the bound (a part of the change that cannot be recomputed inline).</param>
    public static void Apply(LocalPluginContext context, IReadOnlyList<AffectedTarget> targets, Func<StaleReason> reason, bool forceMarks = false)
    {
        if (context is null || targets is null || reason is null)
        {
            throw new ArgumentNullException(context is null ? nameof(context) : targets is null ? nameof(targets) : nameof(reason));
        }

        if (targets.Count == 0)
        {
            context.Trace("No active target depends on the change.");
            return;
        }

        using (context.BeginEngineWrites())
        {
            if (targets.Count <= StaleBudget.MaxInlineTargets && !forceMarks)
            {
                var scorecards = targets.Where(t => t.ScorecardId.HasValue).Select(t => t.ScorecardId!.Value).Distinct().ToList();
                var result = AttainmentRun.Recalculator(context).ForTargets(targets.Select(t => t.Id).ToList(), Array.Empty<Guid>(), scorecards);
                context.Trace(
                    "Recomputed {0} target(s) inline (at most {1}); wrote {2} target(s) and {3} scorecard(s).",
                    result.TargetsRecomputed, StaleBudget.MaxInlineTargets, result.TargetsWritten, result.ScorecardsWritten);
                return;
            }

            var scorecardsMarked = StaleMarks.Write(context.SystemService, targets, reason());
            context.Trace(
                "{0} target(s) affected (inline bound {1}): marked them and {2} scorecard(s) for recalculation.",
                targets.Count, StaleBudget.MaxInlineTargets, scorecardsMarked);
        }
    }

    /// <summary>The initiating user's full name, for the reason (one read, on the marking path only).</summary>
    public static string UserName(LocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var user = context.SystemService.Retrieve(
            OwnerColumns.UserEntityName, context.Context.InitiatingUserId, new Microsoft.Xrm.Sdk.Query.ColumnSet(OwnerColumns.UserFullName));
        return user.GetAttributeValue<string>(OwnerColumns.UserFullName) ?? "-";
    }
}
