namespace SalesPerf.Packer.Checks;

/// <summary>
/// One problem of a package: the rule that found it and a message that names the component and the fault. A broken
/// or unreadable zip entry is named by <see cref="Entry"/>, and the printed line starts with it.
/// </summary>
public sealed record CheckFailure(string Rule, string Message)
{
    /// <summary>The zip entry that is broken (cut off, bad CRC, not XML); null when the problem is not one entry's.</summary>
    public string? Entry { get; init; }

    public override string ToString() => Entry is null ? Rule + ": " + Message : Entry + ": " + Message + " (" + Rule + ")";
}
