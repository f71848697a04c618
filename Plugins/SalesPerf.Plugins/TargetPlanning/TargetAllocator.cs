using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Parses the allocations, plans them with the domain (<see cref="TargetAllocation.Allocate"/>), resolves the owners,
/// writes the member targets, marks the team target as rolling up its children, and has the engine recompute the
/// members and roll up and reconcile the team target once, at the end.
/// </summary>
internal static class TargetAllocator
{
    public static int Allocate(LocalPluginContext context, Guid targetId, string? allocationsText)
    {
        var target = TargetRecord.Read(context.SystemService, targetId);
        if (!target.IsActive)
        {
            throw context.BusinessError(PlanningMessages.TargetInactive, target.Name);
        }

        var entries = AllocationJson.Parse(allocationsText);
        if (!entries.IsValid)
        {
            throw context.RuleError(target.Name, entries.Violations);
        }

        var plan = TargetAllocation.Allocate(target.TargetValue, entries.Value);
        if (!plan.IsValid)
        {
            throw context.RuleError(target.Name, plan.Violations);
        }

        var owners = AllocationOwners.Resolve(context.SystemService, plan.Value.Select(member => member.Owner));
        var unknown = plan.Value.Where(member => !owners.ContainsKey(member.Owner))
            .Select(member => RuleViolation.Of(MessageCodes.AllocationOwnerUnknown, member.Owner)).ToList();
        if (unknown.Count > 0)
        {
            throw context.RuleError(target.Name, unknown);
        }

        var existing = ExistingMembers(context.SystemService, target.Id, target.Period!.Id);
        var created = 0;
        var children = new List<Guid>();
        using (ContextMarks.DeferRecompute(context.Context, target.Id))
        {
            foreach (var member in plan.Value)
            {
                var owner = owners[member.Owner];
                if (existing.TryGetValue(owner.Reference.Id, out var child))
                {
                    if (Numbers.Read(child, TargetColumns.TargetValue) != member.TargetValue)
                    {
                        context.UserService.Update(new Entity(TargetColumns.EntityName, child.Id) { [TargetColumns.TargetValue] = member.TargetValue });
                    }

                    children.Add(child.Id);
                    continue;
                }

                children.Add(context.UserService.Create(
                    target.NewChild(target.Name + " " + owner.Name, owner.Reference, target.Period!, member.TargetValue)));
                created++;
            }

            if (target.RollupSource != TargetStates.RollupChildTargets)
            {
                context.UserService.Update(new Entity(TargetColumns.EntityName, target.Id)
                {
                    [TargetColumns.RollupSource] = new OptionSetValue(TargetStates.RollupChildTargets),
                });
            }
        }

        EngineRecompute.Targets(context, children, new[] { target.Id }, Array.Empty<Guid>());
        context.Trace("Allocated to {0} members; {1} created.", plan.Value.Count, created);
        return created;
    }

    /// <summary>Active children of the team target in its own period (member targets, not decomposed ones), by owner id.</summary>
    private static Dictionary<Guid, Entity> ExistingMembers(IOrganizationService service, Guid targetId, Guid periodId)
    {
        var query = new QueryExpression(TargetColumns.EntityName) { ColumnSet = new ColumnSet(TargetStates.OwnerId, TargetColumns.TargetValue) };
        query.Criteria.AddCondition(TargetColumns.ParentTargetId, ConditionOperator.Equal, targetId);
        query.Criteria.AddCondition(TargetStates.StateCode, ConditionOperator.Equal, TargetStates.Active);
        query.Criteria.AddCondition(TargetColumns.PeriodId, ConditionOperator.Equal, periodId);
        return service.RetrieveMultiple(query).Entities
            .Where(row => row.GetAttributeValue<EntityReference>(TargetStates.OwnerId) is not null)
            .GroupBy(row => row.GetAttributeValue<EntityReference>(TargetStates.OwnerId).Id)
            .ToDictionary(group => group.Key, group => group.First());
    }
}
