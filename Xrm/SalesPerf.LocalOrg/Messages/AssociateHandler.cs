using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using SalesPerf.LocalOrg.Faults;

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

    public override void Execute(MessageOperation operation)
    {
        if (UserRoles.Handles(operation))
        {
            UserRoles.Associate(operation);
            return;
        }

        foreach (var (team, user) in TeamMembership.Pairs(operation))
        {
            if (TeamMembership.Find(operation.Org, team, user) is not null)
            {
                throw OrganizationFaults.Create(ErrorCodes.DuplicateRecord, $"Cannot insert duplicate key: user {user} is already a member of team {team}.");
            }

            var membership = new Entity("teammembership", Guid.NewGuid())
            {
                ["teamid"] = team,
                ["systemuserid"] = user,
            };
            operation.Org.Writer.InsertSeed(membership);
        }
    }

    public override OrganizationResponse CreateResponse() => new AssociateResponse();
}
