using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// Assign (Microsoft.Crm.Sdk.Proxy AssignRequest): Target, Assignee. The owner change is applied as a
/// platform-internal Update of ownerid, so Update steps filtered on ownerid see it too (section 1.8).
/// </summary>
internal sealed class AssignHandler : MessageHandler
{
    public override string RequestName => "Assign";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.RowReference(input, "Target");
        var table = target.LogicalName?.ToLowerInvariant() ?? string.Empty;
        return new MessageDescription("Assign", table, target.Id, new EntityReference(table, target.Id));
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.RowReference(operation.Input, "Target");
        var assignee = Parameters.Required<EntityReference>(operation.Input, "Assignee");
        if (assignee.LogicalName is not ("systemuser" or "team"))
        {
            throw OrganizationFaults.InvalidArgument($"A row can be assigned to a systemuser or a team, not to {assignee.LogicalName}.");
        }

        operation.Demand(PrivilegeVerb.Assign, target.LogicalName, target.Id);
        var update = new Entity(target.LogicalName, target.Id) { ["ownerid"] = new EntityReference(assignee.LogicalName, assignee.Id) };
        operation.ExecuteInternal(new OrganizationRequest("Update") { ["Target"] = update });
    }
}
