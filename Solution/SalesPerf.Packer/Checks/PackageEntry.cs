using System;

namespace SalesPerf.Packer.Checks;

/// <summary>One zip entry as read back.</summary>
public sealed record PackageEntry(string Name, ReadOnlyMemory<byte> Content);
