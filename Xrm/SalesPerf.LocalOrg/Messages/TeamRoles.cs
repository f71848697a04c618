namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// teamroles_association (team ↔ role, intersect table teamroles): Associate gives a team roles, which its members
/// hold through it; Disassociate takes them away (<see cref="IntersectRelationships"/>).
/// </summary>
internal static class TeamRoles
{
    public const string Relationship = "teamroles_association";
}
