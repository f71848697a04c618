namespace SalesPerf.Scenarios.Model;

/// <summary>One <c>currencies</c> entry; <see cref="ExchangeRate"/> is units of this currency per unit of the base currency.</summary>
public sealed record CurrencySpec(string Key, string Code, decimal ExchangeRate, int Precision, string? Name, string? Symbol);
