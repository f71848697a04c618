namespace SalesPerf.Scenarios.Model;

/// <summary><c>table:key</c>: the row the file named with that key.</summary>
public sealed record KeyLookup(string Table, string Key) : LookupSpec(Table)
{
    public override string ToString() => $"{Table}:{Key}";
}
