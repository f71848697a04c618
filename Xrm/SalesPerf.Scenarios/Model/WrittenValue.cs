using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Model;

/// <summary>A converted value as a reader of progress lines and messages would write it in the file.</summary>
internal static class WrittenValue
{
    public static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        OptionSetValueCollection options => "[" + string.Join(",", options.Select(o => o.Value)) + "]",
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
