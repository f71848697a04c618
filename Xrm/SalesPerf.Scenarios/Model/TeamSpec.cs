using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary>One <c>teams</c> entry: an owner team whose members are user keys.</summary>
public sealed record TeamSpec(string Key, string Name, IReadOnlyList<string> Members, string? BusinessUnit);
