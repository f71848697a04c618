namespace SalesPerf.Plugins.Deletion;

/// <summary>
/// How many rows of one <see cref="DependentKind"/> point at the row (<see cref="AtLeast"/>: the count reached the
/// platform's aggregate limit, so there are at least that many), and the name of one of them when it was read.
/// </summary>
public sealed record DependentUsage(DependentKind Kind, int Count, bool AtLeast, string? Example);
