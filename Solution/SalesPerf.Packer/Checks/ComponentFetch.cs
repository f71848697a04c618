using System;
using System.Collections.Generic;
using System.Xml.Linq;
using System.Xml.Schema;

namespace SalesPerf.Packer.Checks;

/// <summary>What the checks of views and charts ask alike of the FetchXML a component carries.</summary>
public static class ComponentFetch
{
    public static void ValidateSchema(XElement fetch, string label, List<string> problems) =>
        new XDocument(new XElement(fetch)).Validate(EmbeddedSchemas.FetchSchema, (sender, e) =>
            problems.Add($"{label}: FetchXML is not valid against Fetch.xsd at {XmlPaths.Of(sender as XObject)}: {e.Message}"));

    /// <summary>The fetch's root entity, after noting when it is not <paramref name="table"/>, the component's own (<paramref name="verb"/>: "queries", "aggregates").</summary>
    public static XElement? RootEntity(XElement fetch, string table, string label, string verb, List<string> problems)
    {
        var entity = fetch.Element("entity");
        var queried = (string?)entity?.Attribute("name");
        if (!string.Equals(queried, table, StringComparison.Ordinal))
        {
            problems.Add($"{label} {verb} the table '{queried}' instead of {table}.");
        }

        return entity;
    }
}
