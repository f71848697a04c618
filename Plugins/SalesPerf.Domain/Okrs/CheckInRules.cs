using System.Collections.Generic;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// The rules of a check-in (a one-to-one names its rep, SPM-CHK-001; a team check-in its team, 002; a meeting date,
/// 004) and of a follow-up action (an owner and a due date, 003). An agenda item needs neither.
/// </summary>
public static class CheckInRules
{
    public const int OneToOne = 100000000;
    public const int Team = 100000001;
    public const int AgendaItem = 100000000;
    public const int FollowUpAction = 100000001;

    public static IReadOnlyList<RuleViolation> CheckMeeting(int? kind, bool namesRep, bool namesTeam, bool hasDate)
    {
        var violations = new List<RuleViolation>();
        if (kind == Team)
        {
            if (!namesTeam)
            {
                violations.Add(RuleViolation.Of(OkrRuleCodes.CheckInTeamMissing));
            }
        }
        else if (!namesRep)
        {
            violations.Add(RuleViolation.Of(OkrRuleCodes.CheckInRepMissing));
        }

        if (!hasDate)
        {
            violations.Add(RuleViolation.Of(OkrRuleCodes.CheckInDateMissing));
        }

        return violations;
    }

    public static IReadOnlyList<RuleViolation> CheckItem(int? kind, bool hasOwner, bool hasDueDate) =>
        kind == FollowUpAction && (!hasOwner || !hasDueDate)
            ? new[] { RuleViolation.Of(OkrRuleCodes.ActionOwnerOrDueMissing) }
            : new RuleViolation[0];
}
