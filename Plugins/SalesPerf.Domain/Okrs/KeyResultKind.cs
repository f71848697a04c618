namespace SalesPerf.Domain.Okrs;

/// <summary>What a key result's progress comes from (<c>spm_keyresult.spm_kind</c>).</summary>
public enum KeyResultKind
{
    /// <summary>Its progress is a SalesPerf target's attainment, live.</summary>
    TracksTarget = 100000000,

    /// <summary>Its owner enters a start, a goal and the current value.</summary>
    EnteredValue = 100000001,
}
