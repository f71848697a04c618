using System;
using System.Collections.Generic;
using System.Linq;

namespace SalesPerf.Domain.Common;

/// <summary>
/// The outcome of a validating factory: either a value, or the rules it broke (never both).
/// Business-rule failures are values, not exceptions, so the plugin layer can localise all of them at once.
/// </summary>
public sealed class Validated<T>
{
    private readonly T? _value;

    private Validated(T? value, IReadOnlyList<RuleViolation> violations)
    {
        _value = value;
        Violations = violations;
    }

    public bool IsValid => Violations.Count == 0;

    public IReadOnlyList<RuleViolation> Violations { get; }

    /// <summary>The value; throws when the input was invalid (a programming error at that point).</summary>
    public T Value => IsValid
        ? _value!
        : throw new InvalidOperationException("No value: " + string.Join("; ", Violations));

    public static Validated<T> Success(T value) => new(value, Array.Empty<RuleViolation>());

    public static Validated<T> Failure(IEnumerable<RuleViolation> violations)
    {
        var list = (violations ?? throw new ArgumentNullException(nameof(violations))).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A failure needs at least one violation.", nameof(violations));
        }

        return new Validated<T>(default, list);
    }

    public static Validated<T> Failure(RuleViolation violation) => Failure(new[] { violation });
}
