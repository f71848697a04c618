using System.Collections.Generic;

namespace SalesPerf.Packer.Sources;

/// <summary>
/// An inner join from the view's table through the lookup <see cref="Lookup"/> to <see cref="Table"/>, filtered by
/// <see cref="Conditions"/> on the related row (e.g. the statement's period started this fiscal year).
/// </summary>
public sealed record ViewLink(string Lookup, string Table, string TablePrimaryKey, string Alias, IReadOnlyList<ViewCondition> Conditions);
