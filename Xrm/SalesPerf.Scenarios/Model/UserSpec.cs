using System.Collections.Generic;

namespace SalesPerf.Scenarios.Model;

/// <summary>One <c>users</c> entry: a systemuser row; <see cref="Manager"/> is another user's key.</summary>
public sealed record UserSpec(string Key, string Name, string? Manager, IReadOnlyList<string> Roles, string? BusinessUnit);
