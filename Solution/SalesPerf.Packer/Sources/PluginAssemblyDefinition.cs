using System;

namespace SalesPerf.Packer.Sources;

/// <summary>The fixed identity of the plug-in assembly component, so that a re-import updates it instead of adding one.</summary>
public sealed record PluginAssemblyDefinition(Guid Id, string FileName)
{
    /// <summary>The DLL file name without its extension: the zip folder and file stem (solution-format 9.1).</summary>
    public string FileStem => FileName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? FileName[..^4] : FileName;
}
