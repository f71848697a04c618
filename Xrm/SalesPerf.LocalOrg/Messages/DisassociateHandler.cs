using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.LocalOrg.Faults;

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

    public override void Execute(MessageOperation operation)
    {
        if (UserRoles.Handles(operation))
        {
            UserRoles.Disassociate(operation);
            return;
        }

        foreach (var (team, user) in TeamMembership.Pairs(operation))
        {
            var membership = TeamMembership.Find(operation.Org, team, user)
                ?? throw OrganizationFaults.DoesNotExist("teammembership", team);
            operation.Org.Store.Remove("teammembership", membership.Id);
        }
    }

    public override OrganizationResponse CreateResponse() => new DisassociateResponse();
}
