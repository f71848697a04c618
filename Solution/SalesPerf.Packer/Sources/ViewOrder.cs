namespace SalesPerf.Packer.Sources;

/// <summary>One sort key of a custom view.</summary>
public sealed record ViewOrder(string Column, bool Descending);
