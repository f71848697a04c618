using System.Collections.Generic;

namespace SalesPerf.Packer.Sources;

/// <summary>The buttons of one table (Solution/Ribbons/&lt;table&gt;.json), written into its <c>RibbonDiffXml</c>.</summary>
public sealed record RibbonDefinition
{
    public required string Table { get; init; }

    /// <summary>
    /// The JScript web resources every command loads, in order; the last holds the functions. The others are loaded first
    /// by a <c>JavaScriptFunction</c> calling <c>isNaN</c>, the way ribbon commands load the libraries they depend on.
    /// </summary>
    public required IReadOnlyList<string> Libraries { get; init; }

    public required IReadOnlyList<RibbonButton> Buttons { get; init; }

    public string CommandLibrary => Libraries[^1];
}
