using System;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Security;

/// <summary>
/// A custom API's ExecutePrivilegeName: the caller must hold that privilege (any depth) or the request is refused with
/// PrivilegeDenied before the API's plug-in runs. Names are prv + verb + table SchemaName (solution-format 13); the
/// SYSTEM user, platform-internal requests and holders of System Administrator pass; a user with no role never gets here
/// (the pipeline refuses their requests first).
/// </summary>
internal static class ExecutePrivilege
{
    public static void Demand(MessageOperation operation, string privilegeName)
    {
        if (string.IsNullOrEmpty(privilegeName) || operation.Origin.IsPlatformInternal || operation.Org.Access.For(operation.UserId) is not { } access)
        {
            return;
        }

        if (!TablePrivilegeName.TryParse(privilegeName, out var verb, out var schemaName))
        {
            throw new NotSupportedException($"Execute privilege '{privilegeName}' is not a table privilege (prv + verb + table); only those are modelled.");
        }

        var table = schemaName.ToLowerInvariant();
        if (!operation.Org.Metadata.TryTable(table, out var definition))
        {
            throw new NotSupportedException($"Execute privilege '{privilegeName}' names table '{table}', which the local organisation does not define.");
        }

        access.DemandHeld(definition, verb);
    }
}
