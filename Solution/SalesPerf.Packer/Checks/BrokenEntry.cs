namespace SalesPerf.Packer.Checks;

/// <summary>A zip entry that cannot be read (the zip ends inside it, its data fails the CRC); <see cref="Entry"/> names it.</summary>
public sealed record BrokenEntry(string Entry, string Problem);
