namespace SalesPerf.Scenarios.Model;

/// <summary>One entry of <c>steps</c>.</summary>
/// <param name="Number">1-based position in <c>steps</c> (an inner step of expectFault shares its parent's number).</param>
/// <param name="Path">The JSON path of the step object.</param>
/// <param name="Op">The operation as written.</param>
/// <param name="As">The calling user's key; null: the built-in administrator.</param>
public abstract record ScenarioStep(int Number, string Path, string Op, string? As)
{
    /// <summary>A short description for progress lines and messages, e.g. "update spm_target t1".</summary>
    public abstract string Describe();
}
