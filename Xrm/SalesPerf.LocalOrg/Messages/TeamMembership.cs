namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// teammembership_association (team ↔ systemuser, intersect table teammembership): Associate adds users to a team,
/// Disassociate removes them (<see cref="IntersectRelationships"/>).
/// </summary>
internal static class TeamMembership
{
    public const string Relationship = "teammembership_association";
}
