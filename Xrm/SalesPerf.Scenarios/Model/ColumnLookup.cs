namespace SalesPerf.Scenarios.Model;

/// <summary><c>table[column=value]</c>: the single row whose column has that (converted) value.</summary>
public sealed record ColumnLookup(string Table, string Column, object Value, string Text) : LookupSpec(Table)
{
    public override string ToString() => $"{Table}[{Column}={Text}]";
}
