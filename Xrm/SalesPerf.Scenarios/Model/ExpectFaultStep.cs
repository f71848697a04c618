namespace SalesPerf.Scenarios.Model;

/// <summary><c>expectFault</c>: <see cref="Step"/> must fault with a message containing <see cref="Contains"/> and change no row.</summary>
public sealed record ExpectFaultStep(int Number, string Path, string Contains, ScenarioStep Step)
    : ScenarioStep(Number, Path, "expectFault", null)
{
    public override string Describe() => $"expectFault \"{Contains}\" on {Step.Describe()}";
}
