namespace SalesPerf.Domain.Recognition;

/// <summary><c>spm_honourrule.spm_kind</c>: how an honour is earned.</summary>
public enum HonourKind
{
    /// <summary>The first target of the rule's KPI and a period of its type to reach the threshold, granted in the transaction that crosses it.</summary>
    FirstToReach = 100000000,

    /// <summary>The top N scorecards of a period of the rule's type, per business unit, granted by the rank refresh once the period has ended.</summary>
    TopOfLeaderboard = 100000001,
}
