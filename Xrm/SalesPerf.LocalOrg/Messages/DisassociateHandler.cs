using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Disassociate: removes teammembership or systemuserroles rows. No images (section 1.6).</summary>
internal sealed class DisassociateHandler : MessageHandler
{
    public override string RequestName => "Disassociate";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.Required<EntityReference>(input, "Target");
        return new MessageDescription("Disassociate", target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, null);
    }

    public override void Execute(MessageOperation operation) =>
        IntersectRelationships.For(operation).Disassociate(operation);

    public override OrganizationResponse CreateResponse() => new DisassociateResponse();
}
