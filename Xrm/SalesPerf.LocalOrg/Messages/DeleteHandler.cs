using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Delete: Target (EntityReference), ConcurrencyBehavior (with Target.RowVersion). Cascades: see DeleteCascade.</summary>
internal sealed class DeleteHandler : MessageHandler
{
    public override string RequestName => "Delete";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.RowReference(input, "Target");
        var table = target.LogicalName?.ToLowerInvariant() ?? string.Empty;
        return new MessageDescription("Delete", table, target.Id, new EntityReference(table, target.Id));
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.RowReference(operation.Input, "Target");
        operation.Demand(PrivilegeVerb.Delete, target.LogicalName, target.Id);
        operation.Org.Writer.Delete(target.LogicalName, target.Id, Parameters.Concurrency(operation.Input), target.RowVersion);
    }

    public override OrganizationResponse CreateResponse() => new DeleteResponse();
}
