using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>A canonical text of a step (time, label, request and every parameter, columns sorted): equal steps give equal text.</summary>
public static class DemoStepFormatter
{
    public static string Describe(DemoStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var text = new StringBuilder();
        text.Append(step.At.ToString("O", CultureInfo.InvariantCulture)).Append(' ').Append(step.Label).Append(' ').Append(step.Request.RequestName);
        foreach (var parameter in step.Request.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(' ').Append(parameter.Key).Append('=').Append(Value(parameter.Value));
        }

        return text.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        Entity entity => entity.LogicalName + ":" + entity.Id.ToString("N") + "{" +
            string.Join(",", entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Value(a.Value))) + "}",
        EntityReference reference => reference.LogicalName + ":" + reference.Id.ToString("N"),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("O", CultureInfo.InvariantCulture),
        Guid[] ids => string.Join(";", ids.Select(id => id.ToString("N"))),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
