using System.Collections.Generic;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Loading;

/// <summary>One table read from its file, with the JSON paths of its declared lookups for the cross-file checks.</summary>
internal sealed record ParsedTable(string File, TableDefinition Table, IReadOnlyList<DeclaredLookup> Lookups);
