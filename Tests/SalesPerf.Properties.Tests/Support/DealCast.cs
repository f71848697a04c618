namespace SalesPerf.Properties.Tests.Support;

/// <summary>A deal of the world and the rep who owns it.</summary>
public sealed record DealCast(string Name, string Owner);
