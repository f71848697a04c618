using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Scenarios.Running;

/// <summary>A canonical text of a stored value, equal exactly when the values are equal (for snapshots and messages).</summary>
internal static class ValueText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}",
        Money money => Number(money.Value),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        OptionSetValueCollection options => "[" + string.Join(",", options.Select(o => o.Value).Order()) + "]",
        DateTime date => date.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        decimal number => Number(number),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        AliasedValue aliased => Of(aliased.Value),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A decimal without trailing zeros: 20000.00 and 20000 are the same amount.</summary>
    public static string Number(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
