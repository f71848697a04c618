using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SalesPerf.Domain.Common;

/// <summary>
/// A broken business rule: a stable code (e.g. <c>SPM-TGT-001</c>) that the plugin layer looks up in its
/// message table, and the arguments for that message's placeholders ({0}, {1}, …), already formatted
/// with the invariant culture so that the message table alone decides the wording.
/// </summary>
public sealed record RuleViolation
{
    private RuleViolation(string code, IReadOnlyList<string> arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    public string Code { get; }

    public IReadOnlyList<string> Arguments { get; }

    public static RuleViolation Of(string code, params object[] arguments)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("A rule violation needs a code.", nameof(code));
        }

        var formatted = (arguments ?? Array.Empty<object>())
            .Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)
            .ToArray();
        return new RuleViolation(code, formatted);
    }

    public bool Equals(RuleViolation? other) =>
        other is not null && Code == other.Code && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public override string ToString() => Code + "(" + string.Join(", ", Arguments) + ")";
}
