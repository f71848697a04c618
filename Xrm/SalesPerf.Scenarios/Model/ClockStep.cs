using System;
using System.Globalization;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>clock</c>: moves the organisation's time to <see cref="At"/> (UTC).</summary>
public sealed record ClockStep(int Number, string Path, DateTime At)
    : ScenarioStep(Number, Path, "clock", null)
{
    public override string Describe() => $"clock {At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
}
