namespace SalesPerf.SolutionModel.Tables;

/// <summary>One value of a choice, state or status column.</summary>
/// <param name="Value">The stored integer (custom choices start at 100000000).</param>
/// <param name="Name">An invariant, code-friendly name, e.g. "HigherIsBetter".</param>
/// <param name="Label">The display label in both languages.</param>
/// <param name="State">For a status (statuscode) value: the statecode it belongs to; otherwise null.</param>
/// <param name="IsDefaultStatus">For a status value: true when it is the default status of its state.</param>
public sealed record ChoiceOption(int Value, string Name, Label Label, int? State = null, bool IsDefaultStatus = false);
