using SalesPerf.Properties.Tests.Events;

namespace SalesPerf.Properties.Tests.Support;

/// <summary>What became of one event: <see cref="Refusal"/> is the organisation's message when it was refused; <see cref="Changes"/> the rows a refused event changed anyway (empty when not checked).</summary>
public sealed record Outcome(SalesEvent Event, string? Refusal, string Changes)
{
    public bool Refused => Refusal is not null;
}
