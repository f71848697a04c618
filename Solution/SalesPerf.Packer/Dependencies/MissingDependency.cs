namespace SalesPerf.Packer.Dependencies;

/// <summary>One component the solution needs from outside it, and the component of the solution that needs it.</summary>
public sealed record MissingDependency(DependencyComponent Required, DependencyComponent Dependent);
