using System;
using System.Globalization;
using System.Reflection.Metadata;
using System.Text;

namespace SalesPerf.SdkConformance.Surface;

/// <summary>Renders a Constant-table value as the listing does: <c>null</c>, <c>true</c>, <c>42</c>, <c>"text"</c>.</summary>
public static class ConstantText
{
    /// <summary>The text of the constant at <paramref name="handle"/>.</summary>
    public static string Of(MetadataReader reader, ConstantHandle handle)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var constant = reader.GetConstant(handle);
        var blob = reader.GetBlobReader(constant.Value);
        return Format(blob.ReadConstant(constant.TypeCode));
    }

    /// <summary>The listing text of a constant value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        char c => "'" + Escape(c.ToString(), '\'') + "'",
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Quote(string text) => "\"" + Escape(text, '"') + "\"";

    private static string Escape(string text, char quote)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c == quote => "\\" + quote,
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
