using System;

namespace SalesPerf.Packer.Packaging;

/// <summary>One file of the package: its entry name (forward slashes, no leading slash) and its bytes.</summary>
public sealed record ZipEntryContent(string Name, ReadOnlyMemory<byte> Content);
