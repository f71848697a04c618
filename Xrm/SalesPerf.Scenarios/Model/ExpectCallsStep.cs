namespace SalesPerf.Scenarios.Model;

/// <summary>
/// <c>expectCalls</c> (extension): the organisation-service calls plug-ins made since the scenario started (all plug-ins,
/// or those of <see cref="Plugin"/>: a type's full or simple name) lie within [<see cref="Min"/>, <see cref="Max"/>].
/// </summary>
public sealed record ExpectCallsStep(int Number, string Path, string? Plugin, int? Min, int? Max)
    : ScenarioStep(Number, Path, "expectCalls", null)
{
    public override string Describe() => $"expectCalls {Plugin ?? "(all plug-ins)"}";
}
