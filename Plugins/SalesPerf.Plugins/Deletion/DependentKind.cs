namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// One kind of row that points at a row through a lookup whose relationship restricts the delete, with the words that
/// name it in a message: "target"/"targets", "目标".
/// </summary>
public sealed record DependentKind(string Table, string Lookup, string NameColumn, string EnglishOne, string EnglishMany, string Chinese);
