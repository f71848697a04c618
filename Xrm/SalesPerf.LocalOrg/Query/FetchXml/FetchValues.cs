using System;
using System.Globalization;
using System.Xml.Linq;
using SalesPerf.LocalOrg.Faults;

namespace SalesPerf.LocalOrg.Query.FetchXml;

/// <summary>Typed reads of FetchXML attributes; a wrong value is the platform's InvalidArgument fault.</summary>
internal static class FetchValues
{
    public static string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { Length: > 0 } value
            ? value
            : throw Invalid($"'{element.Name}' needs the attribute '{attribute}'");

    public static bool? Bool(XElement element, string attribute) => ((string?)element.Attribute(attribute))?.Trim() switch
    {
        null => null,
        "true" or "1" => true,
        "false" or "0" => false,
        var other => throw Invalid($"'{other}' is not a valid value for '{attribute}' (true/false/1/0)"),
    };

    public static int? Int(XElement element, string attribute)
    {
        var text = (string?)element.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"'{text}' is not a valid whole number for '{attribute}'");
    }

    public static Exception Invalid(string reason) => OrganizationFaults.InvalidArgument("Invalid FetchXML: " + reason + ".");
}
