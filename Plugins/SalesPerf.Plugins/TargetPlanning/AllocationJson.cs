using System;
using System.Collections.Generic;
using SalesPerf.Domain.Common;
using SalesPerf.Domain.Targets;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.TargetPlanning;

/// <summary>
/// Reads the <c>Allocations</c> parameter of <c>spm_AllocateTarget</c>: a JSON array of objects, each with
/// <c>"owner"</c> (a user or team id, as a string) and exactly one of <c>"value"</c> (an amount) or <c>"percent"</c>.
/// Any other shape is SPM-TGT-030 with the character position and what was expected there.
/// </summary>
public static class AllocationJson
{
    public const string OwnerKey = "owner";
    public const string ValueKey = "value";
    public const string PercentKey = "percent";

    public static Validated<IReadOnlyList<AllocationEntry>> Parse(string? text)
    {
        var cursor = new JsonCursor(text ?? "");
        try
        {
            var entries = new List<AllocationEntry>();
            cursor.Expect('[');
            if (!cursor.TryRead(']'))
            {
                do
                {
                    entries.Add(ReadEntry(cursor));
                }
                while (cursor.TryRead(','));

                cursor.Expect(']');
            }

            if (!cursor.AtEnd)
            {
                throw new FormatException("the end of the text after ']'");
            }

            return Validated<IReadOnlyList<AllocationEntry>>.Success(entries);
        }
        catch (FormatException expected)
        {
            return Validated<IReadOnlyList<AllocationEntry>>.Failure(
                RuleViolation.Of(MessageCodes.AllocationsUnreadable, cursor.Position, expected.Message));
        }
    }

    private static AllocationEntry ReadEntry(JsonCursor cursor)
    {
        cursor.Expect('{');
        string? owner = null;
        decimal? value = null;
        decimal? percent = null;
        do
        {
            var key = cursor.ReadString();
            cursor.Expect(':');
            switch (key)
            {
                case OwnerKey when owner is null:
                    owner = cursor.ReadString();
                    if (string.IsNullOrWhiteSpace(owner))
                    {
                        throw new FormatException("a non-empty owner id");
                    }

                    break;
                case ValueKey when value is null && percent is null:
                    value = cursor.ReadNumber();
                    break;
                case PercentKey when value is null && percent is null:
                    percent = cursor.ReadNumber();
                    break;
                default:
                    throw new FormatException("each of \"owner\" and one of \"value\" or \"percent\" once (not \"" + key + "\")");
            }
        }
        while (cursor.TryRead(','));

        cursor.Expect('}');
        if (owner is null || (value is null && percent is null))
        {
            throw new FormatException("an object with \"owner\" and \"value\" or \"percent\" before '}'");
        }

        return value is decimal amount ? AllocationEntry.ByValue(owner, amount) : AllocationEntry.ByPercent(owner, percent!.Value);
    }
}
