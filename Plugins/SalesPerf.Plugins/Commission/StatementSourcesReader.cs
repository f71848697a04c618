using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Commission;
using SalesPerf.Domain.Statements;
using SalesPerf.Plugins.Commission.DataAccess;
using SalesPerf.Plugins.Commission.Rows;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Commission;

/// <summary>
/// Reads everything one statement is computed from: the plan and tiers, the quota (amount, or the quota target's
/// value), the rep's credit for the period, the scorecard's weighted score (only when the plan has a gate), the lines
/// the statement holds, and for clawbacks the lines already on closed statements. Clawbacks already on the statement
/// stay as reversals (one with a negative credit as the re-division keeping its split percent), so a recompute from
/// equal sources gives the same lines.
/// </summary>
internal static class StatementSourcesReader
{
    /// <param name="plans">The call's plans when it recomputes many statements (each plan read once); null reads this one's.</param>
    public static ReadSources? Read(
        LocalPluginContext context, AssignmentRow assignment, StatementRow? statement, RecomputeRequest request, PlanCatalog? plans = null)
    {
        var service = context.SystemService;
        var plan = (plans ?? new PlanCatalog(service)).Plan(assignment.PlanId);
        if (!plan.IsValid)
        {
            context.Trace("Plan {0:D} is not usable ({1}); statement not computed.", assignment.PlanId, string.Join(", ", plan.Violations.Select(v => v.Code)));
            return null;
        }

        var quota = assignment.QuotaAmount ?? QuotaTarget(service, assignment.QuotaTargetId);
        var statements = new StatementReader(service);
        var lines = statement is null ? (IReadOnlyList<LineRow>)Array.Empty<LineRow>() : statements.Lines(statement.Id);
        var reversals = ReversalMerge.Of(lines, request.Reversals.ToList());
        var paid = statements.PaidLines(
            assignment.OwnerId,
            reversals.SelectMany(r => new[] { LineKeys.Of(CommissionLineKind.Earning, r.TransactionId), LineKeys.Of(CommissionLineKind.Clawback, r.TransactionId) }).ToList());
        var credits = new CreditReader(service).Read(plan.Value.Basis, assignment.OwnerId, assignment.Period, request.Excluded.ToList());
        var score = plan.Value.HasGate ? WeightedScore(service, assignment) : null;
        var sources = StatementSources.Create(plan.Value, quota ?? 0m, assignment.Period, credits, score, paid, reversals);
        if (!sources.IsValid)
        {
            context.Trace("Assignment {0:D} is not usable ({1}); statement not computed.", assignment.Id, string.Join(", ", sources.Violations.Select(v => v.Code)));
            return null;
        }

        return new ReadSources(sources.Value, lines);
    }

    internal static decimal? QuotaTarget(IOrganizationService service, Guid? targetId) =>
        targetId.HasValue
            ? service.Retrieve(TargetColumns.EntityName, targetId.Value, new ColumnSet(TargetColumns.TargetValue)).GetAttributeValue<decimal?>(TargetColumns.TargetValue)
            : null;

    internal static decimal? WeightedScore(IOrganizationService service, AssignmentRow assignment)
    {
        var query = new QueryExpression(ScorecardColumns.EntityName) { ColumnSet = new ColumnSet(ScorecardColumns.WeightedScore), TopCount = 1 };
        query.Criteria.AddCondition(ScorecardColumns.OwnerId, ConditionOperator.Equal, assignment.OwnerId);
        query.Criteria.AddCondition(ScorecardColumns.PeriodId, ConditionOperator.Equal, assignment.PeriodId);
        query.Criteria.AddCondition(ScorecardColumns.StateCode, ConditionOperator.Equal, 0);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<decimal?>(ScorecardColumns.WeightedScore);
    }
}
