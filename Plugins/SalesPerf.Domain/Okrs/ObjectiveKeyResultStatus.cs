namespace SalesPerf.Domain.Okrs;

/// <summary><c>spm_objective.spm_keyresultstatus</c>: whether the objective has the 2–5 key results an OKR needs.</summary>
public enum ObjectiveKeyResultStatus
{
    /// <summary>Fewer than 2 active key results: shown, not refused (key results are created one by one).</summary>
    NeedsKeyResults = 100000000,

    /// <summary>2 to 5 active key results.</summary>
    Complete = 100000001,
}
