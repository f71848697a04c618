namespace SalesPerf.Packer.Dependencies;

/// <summary>The <c>package</c> child of a Required component: the app package that installs its solution.</summary>
public sealed record DependencyPackage(string AppName, string Version, string Solution);
