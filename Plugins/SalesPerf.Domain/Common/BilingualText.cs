using System;

namespace SalesPerf.Domain.Common;

/// <summary>A text in the two languages SalesPerf ships: English and Simplified Chinese.</summary>
public readonly record struct BilingualText
{
    private BilingualText(string english, string chinese)
    {
        English = english;
        Chinese = chinese;
    }

    public string English { get; }

    public string Chinese { get; }

    public static BilingualText Of(string english, string chinese) => new(
        english ?? throw new ArgumentNullException(nameof(english)),
        chinese ?? throw new ArgumentNullException(nameof(chinese)));

    public override string ToString() => English;
}
