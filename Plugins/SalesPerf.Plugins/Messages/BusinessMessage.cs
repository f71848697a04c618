using System;
using System.Globalization;

namespace SalesPerf.Plugins.Messages;

/// <summary>
/// One user-facing business rule message: a stable code and its text per language. Placeholders are
/// <see cref="string.Format(IFormatProvider, string, object[])"/> style and mean the same in every language.
/// </summary>
public sealed record BusinessMessage(string Code, string English, string ChineseSimplified)
{
    /// <summary>The text in the user's language (English for any language SalesPerf does not speak), prefixed with "[code] ".</summary>
    public string Format(int languageId, params object[] args)
    {
        var template = languageId == LanguageCodes.ChineseSimplified ? ChineseSimplified : English;
        return "[" + Code + "] " + string.Format(CultureInfo.InvariantCulture, template, args ?? Array.Empty<object>());
    }
}
