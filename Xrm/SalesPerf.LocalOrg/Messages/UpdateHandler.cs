using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// Update: Target (Entity, only the columns sent), ConcurrencyBehavior. Stage-40 Target shows modifiedon/modifiedby.
/// A caller's Update cannot close a deal or an order (<see cref="CloseOnlyStates"/>); reopening an opportunity cancels
/// its earlier close activities (<see cref="OpportunityReopen"/>).
/// </summary>
internal sealed class UpdateHandler : MessageHandler
{
    public override string RequestName => "Update";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.Required<Entity>(input, "Target");
        var table = target.LogicalName?.ToLowerInvariant() ?? string.Empty;
        var id = target.Id;
        return new MessageDescription("Update", table, id, new EntityReference(table, id));
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        operation.Demand(PrivilegeVerb.Write, target.LogicalName, target.Id);
        if (target.Contains("ownerid"))
        {
            // Changing the owner in an Update is an assignment (section 1.8).
            operation.Demand(PrivilegeVerb.Assign, target.LogicalName, target.Id);
        }

        if (target.GetAttributeValue<OptionSetValue>("statecode") is { } state)
        {
            CloseOnlyStates.Refuse(operation, target.LogicalName, state.Value);
            OpportunityReopen.CancelCloses(operation, target);
        }

        var result = operation.Org.Writer.Update(target, operation.UserId, Parameters.Concurrency(operation.Input));
        operation.ShowInTarget(result.PlatformColumns.Where(c => c.Key is "modifiedon" or "modifiedby")
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal));
    }

    public override OrganizationResponse CreateResponse() => new UpdateResponse();
}
