using System.Collections.Generic;
using SalesPerf.Domain.Common;

namespace SalesPerf.Domain.Okrs;

/// <summary>
/// The rules of an active key result, all at once: a kind (SPM-OKR-009), a weight above 0 (001); tracking a target
/// names one (004); an entered value has a start and a goal (003) that differ (002).
/// </summary>
public static class KeyResultRules
{
    public static IReadOnlyList<RuleViolation> Check(KeyResultKind? kind, decimal? weight, bool namesTarget, decimal? start, decimal? goal)
    {
        var violations = new List<RuleViolation>();
        if (!(weight > 0m))
        {
            violations.Add(RuleViolation.Of(OkrRuleCodes.WeightNotPositive, weight.HasValue ? (object)weight.Value : string.Empty));
        }

        switch (kind)
        {
            case KeyResultKind.TracksTarget when !namesTarget:
                violations.Add(RuleViolation.Of(OkrRuleCodes.TargetMissing));
                break;
            case KeyResultKind.EnteredValue when !start.HasValue || !goal.HasValue:
                violations.Add(RuleViolation.Of(OkrRuleCodes.StartOrGoalMissing));
                break;
            case KeyResultKind.EnteredValue when start == goal:
                violations.Add(RuleViolation.Of(OkrRuleCodes.GoalEqualsStart, start!.Value, goal!.Value));
                break;
            case null:
                violations.Add(RuleViolation.Of(OkrRuleCodes.KindMissing));
                break;
        }

        return violations;
    }

    /// <summary>SPM-OKR-005 when the objective already holds the most active key results besides this one.</summary>
    public static RuleViolation? CheckRoom(string objectiveName, int otherActiveKeyResults) =>
        otherActiveKeyResults >= ObjectiveProgress.MostKeyResults
            ? RuleViolation.Of(OkrRuleCodes.TooManyKeyResults, objectiveName, ObjectiveProgress.MostKeyResults)
            : null;
}
