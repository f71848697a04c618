namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// systemuserroles_association (systemuser ↔ role, intersect table systemuserroles): Associate gives users roles,
/// Disassociate takes them away (<see cref="IntersectRelationships"/>).
/// </summary>
internal static class UserRoles
{
    public const string Relationship = "systemuserroles_association";
}
