using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>Associate: Target, Relationship, RelatedEntities; writes teammembership rows (teammembership_association) or systemuserroles rows (systemuserroles_association). No images (section 1.6).</summary>
internal sealed class AssociateHandler : MessageHandler
{
    public override string RequestName => "Associate";

    public override MessageDescription Describe(ParameterCollection input)
    {
        var target = Parameters.Required<EntityReference>(input, "Target");
        return new MessageDescription("Associate", target.LogicalName?.ToLowerInvariant() ?? string.Empty, target.Id, null);
    }

    public override void Execute(MessageOperation operation) =>
        IntersectRelationships.For(operation).Associate(operation);

    public override OrganizationResponse CreateResponse() => new AssociateResponse();
}
