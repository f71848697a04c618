using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Create: Target (Entity) → id. The Target carries its new id from stage 20 on (DynamicsValue#216).</summary>
internal sealed class CreateHandler : MessageHandler
{
    public override string RequestName => "Create";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.Required<Entity>(input, "Target");
        return new MessageDescription("Create", target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, new EntityReference(target.LogicalName, target.Id));
    }

    public override void Prepare(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        target.Id = operation.Org.Writer.ResolveNewId(target);
        operation.PrimaryEntityId = target.Id;
    }

    public override void Execute(MessageOperation operation)
    {
        var target = Parameters.Required<Entity>(operation.Input, "Target");
        var result = operation.Org.Writer.Create(target, operation.UserId);
        operation.PrimaryEntityId = result.Stored.Id;
        operation.ShowInTarget(result.PlatformColumns);
        operation.Output["id"] = result.Stored.Id;
    }

    public override OrganizationResponse CreateResponse() => new CreateResponse();
}
