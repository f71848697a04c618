using System;

namespace SalesPerf.Domain.Money;

/// <summary>
/// The one rounding policy of SalesPerf: currency precision (2 decimals), midpoint away from zero.
/// Applied per commission line and to decomposed target values; totals are sums of rounded values.
/// </summary>
public static class CurrencyRounding
{
    public const int Decimals = 2;

    public static decimal Round(decimal amount) => Math.Round(amount, Decimals, MidpointRounding.AwayFromZero);
}
