using System;

namespace SalesPerf.Scenarios.Model;

/// <summary><c>table:GUID</c>: a row by its id (the form the output uses for rows without key or code).</summary>
public sealed record IdLookup(string Table, Guid Id) : LookupSpec(Table)
{
    public override string ToString() => $"{Table}:{Id}";
}
