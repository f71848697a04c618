namespace SalesPerf.SolutionModel.Loading;

/// <summary>A target table named by a declared Lookup, Owner or Customer column, and where the source names it.</summary>
internal sealed record DeclaredLookup(string TargetTable, string JsonPath);
