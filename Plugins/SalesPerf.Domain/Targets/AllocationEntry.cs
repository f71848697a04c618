using System;

namespace SalesPerf.Domain.Targets;

/// <summary>One member's share of a team target: an amount, or a percent of the team target.</summary>
public readonly record struct AllocationEntry
{
    private AllocationEntry(string owner, decimal? value, decimal? percent)
    {
        Owner = owner;
        Value = value;
        Percent = percent;
    }

    /// <summary>The member's id (systemuser or team), as the plugin layer spells it.</summary>
    public string Owner { get; }

    public decimal? Value { get; }

    public decimal? Percent { get; }

    public static AllocationEntry ByValue(string owner, decimal value) => new(CheckOwner(owner), value, null);

    public static AllocationEntry ByPercent(string owner, decimal percent) => new(CheckOwner(owner), null, percent);

    private static string CheckOwner(string owner) =>
        string.IsNullOrWhiteSpace(owner) ? throw new ArgumentException("An allocation needs an owner.", nameof(owner)) : owner;
}
