using System;
using System.Collections.Generic;
using System.Linq;
using SalesPerf.Domain.Money;

namespace SalesPerf.Domain.Kpis;

/// <summary>
/// The actual of a target: nothing, a plain value (Σ or count or a manual entry), or a numerator and
/// denominator (ratio, average, growth) whose value is numerator × scale ÷ denominator.
/// A ratio's value is a number of percent (a win rate of 1 won out of 5 closed is 20.00, numerator 1,
/// denominator 5) rounded to 2 decimals with <see cref="CurrencyRounding"/>; a denominator of 0 gives no value.
/// </summary>
public readonly record struct Actual
{
    private Actual(decimal? value, decimal? numerator, decimal? denominator, decimal scale)
    {
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
        Scale = scale;
    }

    /// <summary>No records: no value, no attainment, no score.</summary>
    public static Actual None => default;

    /// <summary>The stored <c>spm_actualvalue</c>; null when there is no value.</summary>
    public decimal? Value { get; }

    /// <summary><c>spm_numerator</c>; null unless the measure is a ratio, average or growth.</summary>
    public decimal? Numerator { get; }

    /// <summary><c>spm_denominator</c>; null unless the measure is a ratio, average or growth.</summary>
    public decimal? Denominator { get; }

    /// <summary>100 for percentages, 1 for averages, 0 for plain values.</summary>
    public decimal Scale { get; }

    public bool HasValue => Value.HasValue;

    public bool IsRatio => Numerator.HasValue;

    public static Actual FromValue(decimal value) => new(value, null, null, 0m);

    /// <summary>numerator ÷ denominator as a number of percent.</summary>
    public static Actual FromRatio(decimal numerator, decimal denominator) => FromParts(numerator, denominator, 100m);

    /// <summary>total ÷ count, e.g. Σ sales-cycle days ÷ won deals.</summary>
    public static Actual FromAverage(decimal total, decimal count) => FromParts(total, count, 1m);

    /// <summary>(current − previous) ÷ previous as a number of percent; no value when previous is 0.</summary>
    public static Actual FromGrowth(decimal current, decimal previous) => FromParts(current - previous, previous, 100m);

    /// <summary>A stored numerator and denominator with the measure's scale (see <see cref="MeasureDefinition.RatioScale"/>).</summary>
    public static Actual FromParts(decimal numerator, decimal denominator, decimal scale)
    {
        if (scale <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "A ratio's scale must be positive.");
        }

        decimal? value = denominator == 0m ? null : CurrencyRounding.Round(numerator * scale / denominator);
        return new Actual(value, numerator, denominator, scale);
    }

    /// <summary>
    /// The actual of a parent target from its children (ChildTargets): Σ values, or Σ numerators ÷ Σ denominators
    /// for ratios — never an average of percentages. Children without anything are skipped; none at all gives None.
    /// </summary>
    public static Actual RollUp(IEnumerable<Actual> children)
    {
        var present = (children ?? throw new ArgumentNullException(nameof(children)))
            .Where(c => c.HasValue || c.IsRatio)
            .ToArray();
        if (present.Length == 0)
        {
            return None;
        }

        if (present.All(c => c.IsRatio))
        {
            var scale = present[0].Scale;
            if (present.Any(c => c.Scale != scale))
            {
                throw new ArgumentException("Children mix ratio scales; they must measure the same KPI.", nameof(children));
            }

            return FromParts(present.Sum(c => c.Numerator!.Value), present.Sum(c => c.Denominator!.Value), scale);
        }

        if (present.Any(c => c.IsRatio))
        {
            throw new ArgumentException("Children mix ratios and plain values; they must measure the same KPI.", nameof(children));
        }

        return FromValue(present.Sum(c => c.Value!.Value));
    }

    public override string ToString() =>
        !HasValue ? "no value"
        : IsRatio ? Value + " (" + Numerator + " / " + Denominator + ")"
        : Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
