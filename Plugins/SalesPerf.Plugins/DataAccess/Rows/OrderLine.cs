namespace SalesPerf.Plugins.DataAccess.Rows;

/// <summary>One order line for the gross margin: quantity, extended amount (order currency), product cost in base currency.</summary>
public sealed record OrderLine(decimal Quantity, decimal ExtendedAmount, decimal? CurrentCostBase);
