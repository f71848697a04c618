using System;

namespace SalesPerf.Demo.Generation;

/// <summary>Round figures for generated amounts (decimal rounding takes no negative digits).</summary>
internal static class Rounding
{
    public static decimal To(decimal value, decimal step) => Math.Round(value / step, MidpointRounding.AwayFromZero) * step;
}
