using System;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.CheckIns;

/// <summary>
/// Whose statements and reviews a check-in's agenda lists: the rep of a one-to-one, or every member of a team
/// check-in's team (an inner link from the row's owner to <c>teammembership</c> of that team, in the same query, so a
/// team of any size costs one query per source).
/// </summary>
internal sealed class AgendaPeople
{
    private const string Membership = "teammembership";

    private AgendaPeople(Guid? rep, Guid? team)
    {
        Rep = rep;
        Team = team;
    }

    public Guid? Rep { get; }

    public Guid? Team { get; }

    public static AgendaPeople OneToOne(Guid rep) => new(rep, null);

    public static AgendaPeople MembersOf(Guid team) => new(null, team);

    public void Restrict(QueryExpression query, string ownerColumn)
    {
        if (Rep is { } rep)
        {
            query.Criteria.AddCondition(ownerColumn, ConditionOperator.Equal, rep);
            return;
        }

        var members = query.AddLink(Membership, ownerColumn, "systemuserid");
        members.LinkCriteria.AddCondition("teamid", ConditionOperator.Equal, Team!.Value);
    }
}
