namespace SalesPerf.Packer.Sources;

/// <summary>One grid column of a custom view: a column of the view's table and its width in pixels.</summary>
public sealed record ViewColumn(string Name, int Width);
