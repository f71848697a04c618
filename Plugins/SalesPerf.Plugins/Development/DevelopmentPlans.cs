using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Domain.Development;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Development;

/// <summary>Reads and writes of development plans shared by the plan and item steps and the proposal API (SYSTEM).</summary>
internal static class DevelopmentPlans
{
    /// <summary>Alias of the period linked by <see cref="Find"/>, so a refusal names the period by its name.</summary>
    public const string PeriodAlias = "period";

    /// <summary>The period's name on a row of <see cref="Find"/>, or null.</summary>
    public static string? PeriodName(Entity plan) =>
        plan.GetAttributeValue<AliasedValue>(PeriodAlias + "." + PeriodColumns.Name)?.Value as string;

    /// <summary>The person's active plan for the period other than <paramref name="except"/>, with the period's name, or null (one query, one row).</summary>
    public static Entity? Find(IOrganizationService service, Guid owner, Guid period, Guid except)
    {
        var query = new QueryExpression(DevelopmentColumns.PlanEntityName)
        {
            ColumnSet = new ColumnSet(DevelopmentColumns.Name),
            TopCount = 1,
        };
        query.Criteria.AddCondition(DevelopmentColumns.OwnerId, ConditionOperator.Equal, owner);
        query.Criteria.AddCondition(DevelopmentColumns.PeriodId, ConditionOperator.Equal, period);
        var link = query.AddLink(PeriodColumns.EntityName, DevelopmentColumns.PeriodId, PeriodColumns.Id);
        link.EntityAlias = PeriodAlias;
        link.Columns = new ColumnSet(PeriodColumns.Name);
        if (except != Guid.Empty)
        {
            query.Criteria.AddCondition(DevelopmentColumns.PlanId, ConditionOperator.NotEqual, except);
        }

        return service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    /// <summary>The statuses of the plan's items (one query, bounded by the items a plan may hold).</summary>
    public static PlanProgress Progress(IOrganizationService service, Guid plan)
    {
        var query = new QueryExpression(DevelopmentColumns.ItemEntityName)
        {
            ColumnSet = new ColumnSet(DevelopmentColumns.ItemStatus),
            TopCount = DevelopmentColumns.MaxItemsPerPlan + 1,
        };
        query.Criteria.AddCondition(DevelopmentColumns.PlanId, ConditionOperator.Equal, plan);
        return PlanProgress.Of(service.RetrieveMultiple(query).Entities.Select(e =>
            (DevelopmentItemStatus)(e.GetAttributeValue<OptionSetValue>(DevelopmentColumns.ItemStatus)?.Value ?? (int)DevelopmentItemStatus.NotStarted)));
    }

    /// <summary>How many items the plan holds (one query of at most the plan's limit + 1 ids).</summary>
    public static int ItemCount(IOrganizationService service, Guid plan)
    {
        var query = new QueryExpression(DevelopmentColumns.ItemEntityName)
        {
            ColumnSet = new ColumnSet(false),
            TopCount = DevelopmentColumns.MaxItemsPerPlan + 1,
        };
        query.Criteria.AddCondition(DevelopmentColumns.PlanId, ConditionOperator.Equal, plan);
        return service.RetrieveMultiple(query).Entities.Count;
    }

    /// <summary>Recomputes and writes the plan's progress as the engine, only the columns that differ (one Retrieve, one query, at most one Update).</summary>
    public static void Refresh(LocalPluginContext context, Guid plan)
    {
        var progress = Progress(context.SystemService, plan);
        var stored = context.SystemService.Retrieve(DevelopmentColumns.PlanEntityName, plan,
            new ColumnSet(DevelopmentColumns.ProgressPercent, DevelopmentColumns.ItemCount, DevelopmentColumns.CompletedItemCount));
        var update = new Entity(DevelopmentColumns.PlanEntityName, plan);
        if (stored.GetAttributeValue<decimal?>(DevelopmentColumns.ProgressPercent) != progress.Percent)
        {
            update[DevelopmentColumns.ProgressPercent] = progress.Percent;
        }

        if (stored.GetAttributeValue<int?>(DevelopmentColumns.ItemCount) != progress.Items)
        {
            update[DevelopmentColumns.ItemCount] = progress.Items;
        }

        if (stored.GetAttributeValue<int?>(DevelopmentColumns.CompletedItemCount) != progress.Completed)
        {
            update[DevelopmentColumns.CompletedItemCount] = progress.Completed;
        }

        context.Trace("Development plan {0:D}: {1} of {2} item(s) completed; {3} column(s) change.", plan, progress.Completed, progress.Items, update.Attributes.Count);
        if (update.Attributes.Count == 0)
        {
            return;
        }

        using (context.BeginEngineWrites())
        {
            context.SystemService.Update(update);
        }
    }
}
