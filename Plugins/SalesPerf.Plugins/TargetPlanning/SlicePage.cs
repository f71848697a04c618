namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>What one page of a slice did: rows done, whether the platform has more, and its paging cookie.</summary>
internal sealed record SlicePage(int Done, bool MoreRecords, string? PagingCookie);
