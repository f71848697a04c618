namespace SalesPerf.Plugins.Recognition;

/// <summary>Honours created by one call, and whether some are still missing (left for the next slice).</summary>
internal sealed record GrantOutcome(int Granted, bool More);
